package org.crosscheck.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The schema migrations of each engine: the scripts both run ({@code db/migration}, where a new
 * portable migration goes), the ones written for one engine's dialect only where the dialects truly
 * differ ({@code db/migration-h2}, {@code db/migration-postgresql}: siblings, not sub-folders, as Flyway
 * scans a location's sub-folders too), and the Java ones here (portable JDBC). An H2 script is never
 * edited once shipped (existing projects check its checksum); moving it to another folder is safe, as
 * Flyway knows a script by its name, not its folder.
 */
public final class Migrations {

    /** Where H2 projects find their scripts. */
    public static final String[] H2 = {"classpath:db/migration", "classpath:db/migration-h2"};
    /** Where PostgreSQL projects find theirs. */
    public static final String[] POSTGRESQL = {"classpath:db/migration", "classpath:db/migration-postgresql"};

    private Migrations() {
    }

    /** Flyway for an H2 project at that JDBC URL. */
    public static Flyway h2(String url) {
        return h2Configuration(url).load();
    }

    /** The same, telling {@code steps} of each migration it begins (of the {@code pending} this run has). */
    static Flyway h2(String url, MigrationSteps steps, int pending) {
        return h2Configuration(url).callbacks(new MigrationStepCallback(steps, pending)).load();
    }

    /** Flyway for a PostgreSQL project reached through that pool. */
    static Flyway postgresql(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(POSTGRESQL).javaMigrations(javaMigrations()).load();
    }

    private static FluentConfiguration h2Configuration(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations(H2).javaMigrations(javaMigrations());
    }

    /** The migrations written in Java, the same on both engines. */
    private static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new GroupEditsFromJson(), new EntitiesFromJson(), new ClaimLinksFromAliases()};
    }
}
