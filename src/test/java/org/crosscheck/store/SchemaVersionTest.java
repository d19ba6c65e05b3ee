package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema version the quick check at opening trusts is the highest migration this version ships. */
@org.junit.jupiter.api.Tag("h2-file") // reads the migration folders only: once is enough
class SchemaVersionTest {

    @Test
    void latestIsTheHighestMigrationOfEachEngine() throws Exception {
        assertThat(SchemaVersion.LATEST).as("SchemaVersion.LATEST, to be raised with each new H2 migration")
                .isEqualTo(Math.max(highest("common"), highest("h2")));
        assertThat(SchemaVersion.LATEST).as("each migration needs its PostgreSQL side too (common, or in postgresql/)")
                .isEqualTo(Math.max(highest("common"), highest("postgresql")));
    }

    private static int highest(String folder) throws Exception {
        Pattern migration = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest = 0;
        try (Stream<Path> files = Files.list(migrations().resolve(folder))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = migration.matcher(file.getFileName().toString());
                if (name.matches()) {
                    highest = Math.max(highest, Integer.parseInt(name.group(1)));
                }
            }
        }
        return highest;
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
    }
}
