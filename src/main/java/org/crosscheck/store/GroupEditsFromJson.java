package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.crosscheck.model.GroupEdits;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 7.1: moves the hand edits of comparison groups from the JSON document 'group-edits' of
 * project_setting (as versions before 7 wrote it) into the typed tables of V7, and removes the document.
 * Edits of claims the project no longer holds (left behind by deleted sources) are dropped: they could
 * never apply again.
 */
final class GroupEditsFromJson extends JsonDocumentMigration {

    static final String SETTING = "group-edits";

    GroupEditsFromJson() {
        super("7.1", "group edits from json");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String json = null;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT setting_value FROM project_setting WHERE setting_name = ?")) {
            query.setString(1, SETTING);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    json = row.getString(1);
                }
            }
        }
        if (json == null) {
            return;
        }
        new GroupEditsRepository().saveBeforeSignatures(connection, parse(json));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM project_setting WHERE setting_name = ?")) {
            delete.setString(1, SETTING);
            delete.executeUpdate();
        }
    }

    private static GroupEdits parse(String json) {
        try {
            return JSON.readValue(json, GroupEdits.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("The project's group edits are damaged and cannot be moved into their tables: "
                    + e.getOriginalMessage(), e);
        }
    }
}
