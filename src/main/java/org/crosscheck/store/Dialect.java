package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few statements H2 and PostgreSQL spell differently: an insert-or-replace by key (H2's
 * {@code MERGE … KEY}, PostgreSQL's {@code INSERT … ON CONFLICT}) and a list of ids as one parameter
 * (a Java array for H2, an SQL array for PostgreSQL).
 * Everything else the repositories say is SQL both engines read alike.
 */
enum Dialect {
    H2, POSTGRESQL;

    static Dialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL") ? POSTGRESQL : H2;
    }

    /** Inserts a row, or replaces the one with the same {@code key} columns (the first of {@code columns}). */
    String upsert(String table, String[] columns, int keyColumns) {
        String list = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        if (this == H2) {
            String key = String.join(", ", java.util.Arrays.copyOf(columns, keyColumns));
            return "MERGE INTO " + table + " (" + list + ") KEY (" + key + ") VALUES (" + marks + ")";
        }
        String key = String.join(", ", java.util.Arrays.copyOf(columns, keyColumns));
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ") ON CONFLICT ("
                + key + ") DO ");
        if (columns.length == keyColumns) {
            return sql.append("NOTHING").toString();
        }
        sql.append("UPDATE SET ");
        for (int i = keyColumns; i < columns.length; i++) {
            sql.append(i > keyColumns ? ", " : "").append(columns[i]).append(" = EXCLUDED.").append(columns[i]);
        }
        return sql.toString();
    }

    /**
     * A condition that {@code column} is one of the ids given as one array parameter. Both engines
     * read {@code = ANY (?)} as a lookup of each id in the column's index; H2 ran the form it had before,
     * {@code IN (SELECT * FROM TABLE(x BIGINT = ?))}, as the subquery again for every row of the table,
     * so the links of an article's 18,767 claims took minutes to read when its suggestions were all accepted.
     */
    String inIds(String column) {
        return column + " = ANY (?)";
    }

    /** The array parameter for {@link #inIds}. */
    Object ids(Connection connection, Long[] ids) throws SQLException {
        return this == H2 ? ids : connection.createArrayOf("bigint", ids);
    }
}
