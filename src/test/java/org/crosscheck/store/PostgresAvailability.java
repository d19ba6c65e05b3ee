package org.crosscheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run of the tests ({@link TestProjects#onServer()}), skips every test, saying why, when
 * no server is there for them: before the test starts, so nothing half-set-up fails afterwards. With
 * {@code CROSSCHECK_REQUIRE_POSTGRES=1} (CI) nothing is skipped: the tests then fail on the missing server.
 * Registered for every test class through {@code META-INF/services}; in the H2 run it does nothing.
 */
public final class PostgresAvailability implements ExecutionCondition {

    private static volatile String missing;
    private static volatile boolean looked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestProjects.onServer() || "1".equals(System.getenv("CROSSCHECK_REQUIRE_POSTGRES"))) {
            return ConditionEvaluationResult.enabled("not skipped for want of a server");
        }
        String why = whyNoServer();
        return why == null ? ConditionEvaluationResult.enabled("a PostgreSQL server is there")
                : ConditionEvaluationResult.disabled("Skipped on PostgreSQL: " + why);
    }

    private static synchronized String whyNoServer() {
        if (!looked) {
            looked = true;
            missing = look();
            if (missing != null) {
                System.err.println("The PostgreSQL run of the store and service tests is skipped: " + missing + ".");
            }
        }
        return missing;
    }

    private static String look() {
        String url = System.getenv("CROSSCHECK_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            return "CROSSCHECK_TEST_POSTGRES is not set (run eval \"$(.ci/postgres-up)\" first)";
        }
        ServerProject server = ServerProject.parse(url);
        try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                server.password().orElse(null))) {
            return null;
        } catch (SQLException e) {
            return "the server at " + server.describe() + " cannot be reached (" + e.getMessage() + ")";
        }
    }
}
