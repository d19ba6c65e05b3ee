package org.crosscheck.store;

/**
 * Hears each schema migration as it begins, so that bringing an old project of thousands of articles up
 * to this version (half a minute at 10,000) shows what it is doing rather than a still splash.
 */
@FunctionalInterface
public interface MigrationSteps {

    MigrationSteps NONE = (step, steps, description) -> { };

    /** Migration {@code step} (from 1) of the {@code steps} this opening runs begins; {@code description} names it. */
    void begins(int step, int steps, String description);
}
