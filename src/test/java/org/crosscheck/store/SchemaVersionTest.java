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

/**
 * The schema versions the quick check at opening trusts are exactly the migrations this version ships,
 * on each engine: the common scripts, the engine's own, and the Java ones.
 */
@org.junit.jupiter.api.Tag("h2-file") // reads the migration folders only: once is enough
class SchemaVersionTest {

    @Test
    void theVersionsTrustedAreExactlyTheMigrationsShippedForEachEngine() throws Exception {
        for (String engine : new String[] {"migration-h2", "migration-postgresql"}) {
            Set<String> shipped = new TreeSet<>();
            shipped.addAll(versionsIn("migration"));
            shipped.addAll(versionsIn(engine));
            shipped.add(new GroupEditsFromJson().getVersion().getVersion());
            shipped.add(new EntitiesFromJson().getVersion().getVersion());
            shipped.add(new ClaimLinksFromAliases().getVersion().getVersion());
            assertThat(new TreeSet<>(SchemaVersion.VERSIONS))
                    .as("SchemaVersion.VERSIONS, to grow with each new migration (in db/migration, or one in each engine's folder): "
                            + engine).isEqualTo(shipped);
        }
    }

    private static Set<String> versionsIn(String folder) throws Exception {
        Pattern migration = Pattern.compile("V([\\d_]+)__.*\\.sql");
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations().resolve(folder))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = migration.matcher(file.getFileName().toString());
                if (name.matches()) {
                    shipped.add(name.group(1).replace('_', '.'));
                }
            }
        }
        return shipped;
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(SchemaVersionTest.class.getResource("/db").toURI());
    }
}
