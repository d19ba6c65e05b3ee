package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads a whole project to see whether every part of it can still be read and still fits
 * together: every row of every table, the claims inside their articles, and the schema's record
 * of its migrations. H2 has no integrity check of its own, and a damaged page shows only when it
 * is read, so this reads them all.
 */
public final class IntegrityCheck {

    /** What the check found: plain sentences, and how much it read. */
    public record Findings(List<String> problems, long rowsRead, int tablesRead) {
    }

    private IntegrityCheck() {
    }

    /**
     * Checks the open project; {@code onTable} hears of each table as it is read (for progress).
     * A table that cannot be read is a finding, not a failure, so the rest is still checked.
     */
    public static Findings run(Database database, BiConsumer<Integer, Integer> onTable) {
        return database.inConnection("check the project", connection -> {
            List<String> problems = new ArrayList<>();
            List<String> tables = tables(connection);
            long rows = 0;
            for (int i = 0; i < tables.size(); i++) {
                onTable.accept(i, tables.size());
                rows += readAll(connection, tables.get(i), problems);
            }
            claimsOutsideTheirArticles(connection, problems);
            return new Findings(problems, rows, tables.size());
        });
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             // H2 names its schema PUBLIC; on a server the project's schema is the connection's own
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = " + (Dialect.of(connection) == Dialect.H2 ? "'PUBLIC'" : "current_schema()")
                     + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Reads every value of every row, so that every page of the table is read from disk. */
    private static long readAll(Connection connection, String table, List<String> problems) {
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getString(column);
                }
                count++;
            }
        } catch (SQLException e) {
            problems.add("The table " + table.toLowerCase(java.util.Locale.ROOT) + " cannot be read whole ("
                    + SqlWords.reason(e) + "); " + count + " of its rows were read.");
        }
        return count;
    }

    private static void claimsOutsideTheirArticles(Connection connection, List<String> problems) {
        String query = "SELECT COUNT(*) FROM claim c LEFT JOIN source s ON s.id = c.source_id WHERE s.id IS NULL "
                + "OR c.start_offset < 0 OR c.start_offset > c.end_offset OR c.end_offset > LENGTH(s.body)";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            long misplaced = rows.getLong(1);
            if (misplaced > 0) {
                problems.add(misplaced + (misplaced == 1 ? " claim points" : " claims point")
                        + " outside the text of its article, or to an article that is gone.");
            }
        } catch (SQLException e) {
            problems.add("The claims cannot be checked against their articles (" + SqlWords.reason(e) + ").");
        }
    }
}
