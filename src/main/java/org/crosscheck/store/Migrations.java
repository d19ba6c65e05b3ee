package org.crosscheck.store;

import org.flywaydb.core.Flyway;

/** The project's migrations as Flyway runs them: the SQL scripts in db/migration and the Java ones here. */
final class Migrations {

    private Migrations() {
    }

    static Flyway of(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new GroupEditsFromJson(), new EntitiesFromJson()).load();
    }
}
