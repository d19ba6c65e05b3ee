package org.crosscheck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The connections to a shared project on a PostgreSQL server: a small pool, opened once the server
 * has answered and the schema is this version's (migrated first when opened to edit, as H2 projects are).
 */
final class ServerConnections implements Connections {

    private static final Logger LOG = Logger.getLogger(ServerConnections.class.getName());
    /** The pool's start-up lines mean nothing to a researcher; only its warnings are kept. Held so it is not collected. */
    private static final Logger POOL_LOG = quiet("com.zaxxer.hikari");
    private static final int POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MS = 8_000;

    private final HikariDataSource pool;
    private final boolean created;

    private ServerConnections(HikariDataSource pool, boolean created) {
        this.pool = pool;
        this.created = created;
    }

    /** Whether opening made the project: its database held no Crosscheck schema before. */
    boolean created() {
        return created;
    }

    /**
     * Connects, and brings the schema up to date when {@code migrate}; otherwise refuses a schema that is
     * not exactly this version's.
     *
     * @throws StoreException with a message that names the server and never the password
     */
    static ServerConnections open(ServerProject project, boolean migrate, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crosscheck");
        config.setJdbcUrl(project.jdbcUrl());
        config.setUsername(project.user());
        project.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        config.addDataSourceProperty("ApplicationName", "Crosscheck");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw ServerWords.openFailure(project, e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            throw ServerWords.openFailure(project, e);
        }
        try {
            return new ServerConnections(pool, bringUpToDate(project, pool, migrate));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Returns whether the schema was made from nothing. */
    private static boolean bringUpToDate(ServerProject project, HikariDataSource pool, boolean migrate) {
        try (Connection look = pool.getConnection()) {
            if (SchemaVersion.isCurrent(look)) {
                return false;
            }
        } catch (SQLException e) {
            throw ServerWords.openFailure(project, e);
        }
        Flyway flyway = Migrations.postgresql(pool);
        try {
            SchemaCheck.refuseNewer(flyway, project.describe());
            if (migrate) {
                // Flyway takes an advisory lock: two people opening a new project at once migrate it once
                return flyway.migrate().initialSchemaVersion == null;
            } else if (flyway.info().current() == null) {
                throw new StoreException("The database " + project.database() + " on " + project.host() + " holds no "
                        + "Crosscheck project yet: open it once in the window, or import into it. Nothing was changed.");
            } else {
                SchemaCheck.refuseUnmigrated(flyway, project.describe(), true);
                return false;
            }
        } catch (StoreException e) {
            throw e;
        } catch (FlywayException e) {
            LOG.log(Level.WARNING, "Cannot migrate " + project.describe(), e);
            if (String.valueOf(e.getMessage()).contains("no schema history table")) {
                throw new StoreException("The database " + project.database() + " on " + project.host() + " holds "
                        + "tables of its own and is not a Crosscheck project. Ask for an empty database for the "
                        + "shared project. Nothing was changed.", e);
            }
            throw new StoreException("Cannot bring the shared project " + project.describe() + " up to date: "
                    + ServerWords.reason(e) + ".", e);
        }
    }

    @Override
    public Connection take() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void give(Connection connection) throws SQLException {
        connection.close(); // back to the pool
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
