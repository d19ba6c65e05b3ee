package org.crosscheck.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/** Small JDBC conversions shared by the repositories: nullable values and fuzzy dates. */
final class Rows {

    private Rows() {
    }

    static void setNullableDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Writes a fuzzy date into two columns: its first day and its precision. */
    static void setFuzzyDate(PreparedStatement statement, int dateIndex, FuzzyDate date) throws SQLException {
        if (date.isKnown()) {
            statement.setDate(dateIndex, Date.valueOf(date.date()));
        } else {
            statement.setNull(dateIndex, Types.DATE);
        }
        statement.setString(dateIndex + 1, date.precision().name());
    }

    static FuzzyDate fuzzyDate(ResultSet row, String dateColumn, String precisionColumn) throws SQLException {
        Date date = row.getDate(dateColumn);
        LocalDate value = date == null ? null : date.toLocalDate();
        return FuzzyDate.of(value, Precision.valueOf(row.getString(precisionColumn)));
    }

    /** A fuzzy date of two columns by position: its first day, then its precision. */
    static FuzzyDate fuzzyDate(ResultSet row, int dateColumn, int precisionColumn) throws SQLException {
        Date date = row.getDate(dateColumn);
        LocalDate value = date == null ? null : date.toLocalDate();
        return FuzzyDate.of(value, Precision.valueOf(row.getString(precisionColumn)));
    }

    /** The signature of the row {@code id} of {@code table} (a table name of the store's own, never input). */
    static java.util.Optional<Signature> signature(java.sql.Connection connection, String table, long id)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT edited_by, edited_at FROM " + table + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? java.util.Optional.of(Signature.read(row, 1)) : java.util.Optional.empty();
            }
        }
    }
}
