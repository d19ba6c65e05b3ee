package org.crosscheck.store;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/** Tells {@link MigrationSteps} of each migration Flyway begins, counting them against those pending. */
final class MigrationStepCallback implements Callback {

    private final MigrationSteps steps;
    private final int pending;
    private int begun;

    MigrationStepCallback(MigrationSteps steps, int pending) {
        this.steps = steps;
        this.pending = pending;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        begun++;
        String description = context.getMigrationInfo() == null ? "" : context.getMigrationInfo().getDescription();
        steps.begins(begun, Math.max(begun, pending), description);
    }

    @Override
    public String getCallbackName() {
        return "crosscheck-migration-steps";
    }
}
