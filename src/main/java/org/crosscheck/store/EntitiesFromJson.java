package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Entity;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 9.1: moves the project's own alias table from the JSON document 'aliases' of
 * project_setting (as versions before 9 wrote it) into the typed tables of V9, and removes the
 * document. A project without the document keeps using the default table.
 */
final class EntitiesFromJson extends JsonDocumentMigration {

    static final String SETTING = "aliases";

    EntitiesFromJson() {
        super("9.1", "entities from json");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        SettingsRepository settings = new SettingsRepository();
        Optional<String> json = settings.get(connection, SETTING);
        if (json.isEmpty()) {
            return;
        }
        // unsigned: who made the table before signatures is not known
        new EntityRepository().save(connection, Optional.of(parse(json.get())), Signature.NONE);
        settings.remove(connection, SETTING);
    }

    private static List<Entity> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Entity>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("The project's alias table is damaged and cannot be moved into its tables: "
                    + e.getOriginalMessage(), e);
        }
    }
}
