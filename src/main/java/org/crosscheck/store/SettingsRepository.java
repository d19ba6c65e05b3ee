package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named text documents of a project (JSON written by the services), replaced as a whole. */
public final class SettingsRepository {

    public Optional<String> get(Transaction transaction, String name) {
        return transaction.with(connection -> get(connection, name));
    }

    Optional<String> get(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM project_setting WHERE setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Transaction transaction, String name, String value) {
        transaction.run(connection -> put(connection, name, value));
    }

    void put(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(Dialect.of(connection).upsert("project_setting",
                new String[] {"setting_name", "setting_value"}, 1))) {
            merge.setString(1, name);
            merge.setString(2, value);
            merge.executeUpdate();
        }
    }

    /** Puts the value, or removes the document when there is none. */
    public void set(Transaction transaction, String name, Optional<String> value) {
        transaction.run(connection -> set(connection, name, value));
    }

    void set(Connection connection, String name, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            put(connection, name, value.get());
        } else {
            remove(connection, name);
        }
    }

    public void remove(Transaction transaction, String name) {
        transaction.run(connection -> remove(connection, name));
    }

    void remove(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM project_setting WHERE setting_name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }
}
