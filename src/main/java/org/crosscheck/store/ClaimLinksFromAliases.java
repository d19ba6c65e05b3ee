package org.crosscheck.store;

import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 13.1: links the claims of a project made before claims had links (V13) to the entities of its
 * own alias table, by their words as the table reads them. A project on the table shipped with Crosscheck
 * has no entity rows, and its claims stay unlinked until the researcher first saves a table of their own.
 */
final class ClaimLinksFromAliases implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13.1");
    }

    @Override
    public String getDescription() {
        return "claim links from aliases";
    }

    /** No checksum: the migration's code is not text Flyway could compare. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        EntityLinks.linkUnlinked(context.getConnection(), EntityLinks.of(context.getConnection()));
    }
}
