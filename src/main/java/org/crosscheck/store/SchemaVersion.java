package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a project's schema is exactly this version's, told from its migration history with one
 * query. Flyway takes most of the time of opening a project (it starts up and scans the class path
 * for migrations each time), so it runs only when this cannot say "current": a project to migrate,
 * to refuse, or that is no project at all.
 */
final class SchemaVersion {

    /**
     * The migrations this version ships, as Flyway records their versions: the scripts {@code db/migration/V…}
     * and the Java ones of {@link Migrations} (7.1, 9.1, 13.1). A test keeps this true. Numbers may leave gaps.
     */
    static final Set<String> VERSIONS = Set.of("1", "2", "3", "4", "5", "6", "6.1", "7", "7.1", "8", "9", "9.1", "10", "11", "11.1", "12", "13", "13.1", "13.2");

    private SchemaVersion() {
    }

    /** True only when every migration of {@link #VERSIONS}, and none other, is recorded as done. */
    static boolean isCurrent(Connection connection) {
        String sql = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";
        Set<String> done = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(sql)) {
            while (row.next()) {
                if (!row.getBoolean(2) || !done.add(row.getString(1))) {
                    return false;
                }
            }
            return done.equals(VERSIONS);
        } catch (SQLException | RuntimeException noHistory) {
            return false; // no history table, or one of another shape: Flyway decides
        }
    }
}
