package org.crosscheck.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the store and service tests make their projects: a file in the test's folder (H2, the default),
 * or, when the tests run with {@code -Dcrosscheck.test.engine=postgresql}, a schema of its own in the
 * database that {@code CROSSCHECK_TEST_POSTGRES} names (as {@code .ci/postgres-up} prints it). The same
 * path gives the same project for the whole run, so a test that closes and reopens a project finds it.
 *
 * <p>Without a server the PostgreSQL runs are skipped, each saying why; with {@code CROSSCHECK_REQUIRE_POSTGRES=1}
 * (as CI sets it) a missing server fails them instead, so a CI run can never pass without having run them.
 */
public final class TestProjects {

    public static final String ENGINE_PROPERTY = "crosscheck.test.engine";
    private static final Map<Path, ServerProject> SERVER_PROJECTS = new ConcurrentHashMap<>();
    private static final AtomicInteger MADE = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private TestProjects() {
    }

    /** Whether this run puts its projects on PostgreSQL. */
    public static boolean onServer() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, ""));
    }

    /** The project a test would keep at {@code path}: that file, or its own fresh schema on the server. */
    public static ProjectLocation at(Path path) {
        if (!onServer()) {
            return ProjectFile.of(path);
        }
        return SERVER_PROJECTS.computeIfAbsent(path.toAbsolutePath().normalize(), ignored -> freshSchema());
    }

    /**
     * A connection of the test's own to the project's database, to change it behind the store's back (as a
     * crash, a damaged disk or another program would). Close it before the project is opened again.
     */
    public static Connection connect(ProjectLocation project) throws SQLException {
        if (project instanceof ServerProject server) {
            return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password().orElse(null));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + ((ProjectFile) project).h2Base(), "sa", "");
    }

    /** The test server's password, for a test that types it into the window's form. */
    public static String passwordOf(ServerProject project) {
        return project.password().orElse("");
    }

    /**
     * A fresh, empty database of its own on the test server, as whoever runs a team's server makes one for
     * a shared project (the window's form names a database, not a schema).
     */
    public static ServerProject freshDatabaseOnServer() {
        String url = serverUrl();
        ServerProject base = ServerProject.parse(url);
        String database = "d_" + RUN + "_" + MADE.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password().orElse(null));
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            unavailable("the PostgreSQL server at " + base.describe() + " cannot be used: " + e.getMessage());
        }
        ServerProject made = new ServerProject(base.host(), base.port(), database, base.user(), null);
        return base.password().map(made::withPassword).orElse(made);
    }

    /** A fresh project in a schema of its own on the test server, whatever engine this run puts its projects on. */
    public static ServerProject freshOnServer() {
        return freshSchema();
    }

    private static ServerProject freshSchema() {
        String url = serverUrl();
        ServerProject base = ServerProject.parse(url);
        String schema = "t_" + RUN + "_" + MADE.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password().orElse(null));
             Statement create = connection.createStatement()) {
            create.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unavailable("the PostgreSQL server at " + base.describe() + " cannot be used: " + e.getMessage());
        }
        return ServerProject.parse(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private static String serverUrl() {
        String url = System.getenv("CROSSCHECK_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            unavailable("no PostgreSQL server for the tests: CROSSCHECK_TEST_POSTGRES is not set "
                    + "(run eval \"$(.ci/postgres-up)\" first)");
        }
        return url;
    }

    private static void unavailable(String why) {
        if ("1".equals(System.getenv("CROSSCHECK_REQUIRE_POSTGRES"))) {
            Assertions.fail(why);
        }
        if (!TOLD.getAndSet(true)) {
            System.err.println("The PostgreSQL runs of the store and service tests are skipped: " + why + ".");
        }
        Assumptions.abort("Skipped on PostgreSQL: " + why);
    }
}
