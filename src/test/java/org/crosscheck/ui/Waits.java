package org.crosscheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the window to reach a state: work runs on a background thread, so the tests must wait. */
final class Waits {

    private Waits() {
    }

    /** Waits up to 10 s; a condition that throws (a node not there yet) counts as not yet true. */
    static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    return condition.call();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (Exception e) {
            throw new AssertionError("the window did not reach the expected state in 10 s", e);
        }
    }
}
