package org.commonground.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Data tests on PostgreSQL need the server. Without it they are skipped on a developer's
 * machine, but fail when {@code CI=true}: CI must prove both databases.
 */
public class DatabaseAvailability implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.usesPostgres()) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        if (reachable == null) {
            reachable = TestDatabase.postgresReachable();
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.adminUrl());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but PostgreSQL does not answer at " + TestDatabase.adminUrl()
                    + " (user " + TestDatabase.user() + "). Start it, or set CG_TEST_POSTGRES_URL.");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL does not answer at " + TestDatabase.adminUrl()
                + "; skipped (set CI=true to make this a failure)");
    }
}
