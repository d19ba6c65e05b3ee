package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a project's schema is exactly this version's, told from its migration history with one
 * query. Flyway takes most of the time of opening a project (it starts up and scans the class path
 * for migrations each time), so it runs only when this cannot say "current": a project to migrate,
 * to refuse, or that is no project at all.
 */
final class SchemaVersion {

    /** The highest migration this version ships ({@code db/migration/V6__…}); a test keeps it true. */
    static final int LATEST = 6;

    private SchemaVersion() {
    }

    /** True only when every migration up to {@link #LATEST}, and none after, is recorded as done. */
    static boolean isCurrent(Connection connection) {
        String sql = "SELECT COUNT(*), COUNT(CASE WHEN \"success\" THEN 1 END), MAX(CAST(\"version\" AS INT)), "
                + "COUNT(DISTINCT \"version\") FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            int rows = row.getInt(1);
            return rows == LATEST && row.getInt(2) == LATEST && row.getInt(3) == LATEST && row.getInt(4) == LATEST;
        } catch (SQLException | RuntimeException noHistory) {
            return false; // no history table, or one of another shape: Flyway decides
        }
    }
}
