package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a project's schema is exactly this version's, told from its migration history with one
 * query. Flyway takes most of the time of opening a project (it starts up and scans the class path
 * for migrations each time), so it runs only when this cannot say "current": a project to migrate,
 * to refuse, or that is no project at all.
 */
final class SchemaVersion {

    /**
     * Every migration this version ships, as Flyway records their versions ({@code V6_1__…} is
     * "6.1"); a test keeps it equal to the files in {@code db/migration}.
     */
    static final List<String> KNOWN = List.of("1", "2", "3", "4", "5", "6", "6.1");

    private SchemaVersion() {
    }

    /** True only when every migration of {@link #KNOWN}, and no other, is recorded as done. */
    static boolean isCurrent(Connection connection) {
        String sql = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";
        Set<String> done = new HashSet<>();
        int rows = 0;
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(sql)) {
            while (row.next()) {
                rows++;
                if (row.getBoolean(2)) {
                    done.add(row.getString(1));
                }
            }
        } catch (SQLException | RuntimeException noHistory) {
            return false; // no history table, or one of another shape: Flyway decides
        }
        return rows == KNOWN.size() && done.equals(Set.copyOf(KNOWN));
    }
}
