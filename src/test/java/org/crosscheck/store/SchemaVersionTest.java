package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema versions the quick check at opening trusts are exactly the migrations this version ships. */
class SchemaVersionTest {

    @Test
    void theVersionsTrustedAreExactlyTheMigrationsShipped() throws Exception {
        Pattern migration = Pattern.compile("V([\\d_]+)__.*\\.sql");
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = migration.matcher(file.getFileName().toString());
                if (name.matches()) {
                    shipped.add(name.group(1).replace('_', '.'));
                }
            }
        }
        shipped.add(new GroupEditsFromJson().getVersion().getVersion());
        shipped.add(new EntitiesFromJson().getVersion().getVersion());
        assertThat(new TreeSet<>(SchemaVersion.VERSIONS)).as("SchemaVersion.VERSIONS, to grow with each new migration")
                .isEqualTo(shipped);
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
    }
}
