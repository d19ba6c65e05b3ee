package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Notes in {@code search_pending}, inside the transaction that makes the change, every article
 * whose indexed words change: so the full-text index can never miss an edit, whichever code path
 * made it (import, claim edit, undo, restore). Installed by migration V5 on source, claim,
 * claim_tag and tag; H2 makes one instance per table.
 */
public final class SearchTrigger implements Trigger {

    private static final String NOTE = "INSERT INTO search_pending (source_id) VALUES (?)";

    private String table;
    private int sourceColumn;
    private int titleColumn;
    private int outletColumn;
    private int claimColumn;
    private int tagNameColumn;
    private int tagIdColumn;
    /** Where a claim's links to entities are (V13), looked up at the first update: -1 before they exist. */
    private int[] linkColumns;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toUpperCase(java.util.Locale.ROOT);
        switch (table) {
            case "SOURCE" -> {
                sourceColumn = column(connection, schema, "ID");
                titleColumn = column(connection, schema, "TITLE");
                outletColumn = column(connection, schema, "OUTLET");
            }
            case "CLAIM" -> sourceColumn = column(connection, schema, "SOURCE_ID");
            case "CLAIM_TAG" -> claimColumn = column(connection, schema, "CLAIM_ID");
            case "TAG" -> {
                tagIdColumn = column(connection, schema, "ID");
                tagNameColumn = column(connection, schema, "NAME");
            }
            default -> throw new SQLException("SearchTrigger does not know the table " + tableName);
        }
    }

    private int column(Connection connection, String schema, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no column " + name + " in " + table);
                }
                return row.getInt(1) - 1;
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case "SOURCE" -> {
                Object[] row = newRow != null ? newRow : oldRow;
                boolean indexedChange = oldRow == null || newRow == null
                        || !Objects.equals(oldRow[titleColumn], newRow[titleColumn])
                        || !Objects.equals(oldRow[outletColumn], newRow[outletColumn]);
                if (indexedChange) {
                    note(connection, row[sourceColumn]);
                }
            }
            case "CLAIM" -> {
                if (oldRow != null && newRow != null && onlyLinksDiffer(connection, oldRow, newRow)) {
                    return; // no new words: saving the alias table links many claims at once
                }
                if (oldRow != null) {
                    note(connection, oldRow[sourceColumn]);
                }
                if (newRow != null && (oldRow == null || !Objects.equals(oldRow[sourceColumn], newRow[sourceColumn]))) {
                    note(connection, newRow[sourceColumn]);
                }
            }
            case "CLAIM_TAG" -> noteWhere(connection, "SELECT source_id FROM claim WHERE id = ?",
                    (newRow != null ? newRow : oldRow)[claimColumn]);
            case "TAG" -> {
                if (newRow == null || !Objects.equals(oldRow[tagNameColumn], newRow[tagNameColumn])) {
                    noteWhere(connection, "SELECT DISTINCT claim.source_id FROM claim_tag JOIN claim ON claim.id = "
                            + "claim_tag.claim_id WHERE claim_tag.tag_id = ?", oldRow[tagIdColumn]);
                }
            }
            default -> throw new SQLException("SearchTrigger does not know the table " + table);
        }
    }

    /** Whether the two rows of a claim differ only in its links to entities. */
    private boolean onlyLinksDiffer(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (linkColumns == null) {
            int[] found = {columnOrNone(connection, "SUBJECT_ENTITY_ID"), columnOrNone(connection, "PLACE_ENTITY_ID")};
            if (found[0] < 0 || found[1] < 0) {
                return false; // a schema before V13, while a migration runs
            }
            linkColumns = found;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != linkColumns[0] && i != linkColumns[1] && !same(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    /** Equal values; a CLOB (a claim's note) by its text. */
    private static boolean same(Object one, Object other) throws SQLException {
        if (one instanceof java.sql.Clob first && other instanceof java.sql.Clob second) {
            return first.length() == second.length() && first.getSubString(1, (int) first.length())
                    .equals(second.getSubString(1, (int) second.length()));
        }
        return Objects.deepEquals(one, other);
    }

    private int columnOrNone(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'CLAIM' AND COLUMN_NAME = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) - 1 : -1;
            }
        }
    }

    private static void note(Connection connection, Object sourceId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(NOTE)) {
            insert.setObject(1, sourceId);
            insert.executeUpdate();
        }
    }

    private static void noteWhere(Connection connection, String sourcesQuery, Object key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_pending (source_id) " + sourcesQuery)) {
            insert.setObject(1, key);
            insert.executeUpdate();
        }
    }
}
