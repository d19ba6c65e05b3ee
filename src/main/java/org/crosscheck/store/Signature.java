package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Who last changed a row by hand and when: the {@code edited_by} and {@code edited_at} columns every
 * edited table has. {@code by} is empty and {@code at} null for a row nobody has edited, or one from
 * before edits were signed.
 */
public record Signature(String by, LocalDateTime at) {

    public static final Signature NONE = new Signature("", null);

    public Signature {
        by = by == null ? "" : by;
    }

    /** Signed by {@code editor} now (to the second: the database keeps no finer a time of hand edits). */
    static Signature now(String editor) {
        return new Signature(editor, LocalDateTime.now().withNano(0));
    }

    /** Reads columns {@code index} (edited_by) and {@code index + 1} (edited_at). */
    static Signature read(ResultSet row, int index) throws SQLException {
        Timestamp at = row.getTimestamp(index + 1);
        return new Signature(row.getString(index), at == null ? null : at.toLocalDateTime());
    }

    /** Binds parameters {@code index} (edited_by) and {@code index + 1} (edited_at); returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        statement.setString(index, by);
        statement.setTimestamp(index + 1, at == null ? null : Timestamp.valueOf(at));
        return index + 2;
    }
}
