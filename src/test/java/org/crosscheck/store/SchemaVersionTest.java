package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema version the quick check at opening trusts are the migrations this version ships. */
class SchemaVersionTest {

    @Test
    void knownAreTheMigrationsShipped() throws Exception {
        Pattern migration = Pattern.compile("V(\\d+(?:_\\d+)*)__.*\\.sql");
        List<String> shipped = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = migration.matcher(file.getFileName().toString());
                if (name.matches()) {
                    shipped.add(name.group(1).replace('_', '.'));
                }
            }
        }
        assertThat(SchemaVersion.KNOWN).as("SchemaVersion.KNOWN, to be extended with each new migration")
                .containsExactlyInAnyOrderElementsOf(shipped);
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
    }
}
