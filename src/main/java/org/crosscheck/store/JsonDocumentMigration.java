package org.crosscheck.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that moves a JSON document of project_setting, as older versions wrote it, into
 * typed tables: what Flyway needs to know of it, the same for each such move.
 */
abstract class JsonDocumentMigration implements JavaMigration {

    /** Reads the documents as older versions wrote them, ignoring fields a later version added. */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final MigrationVersion version;
    private final String description;

    JsonDocumentMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** No checksum: the migration's code is not text Flyway could compare. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
