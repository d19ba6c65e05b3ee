package org.crosscheck.service;

/** Long work stopped because the researcher cancelled it; nothing of it was saved. */
public final class CancelledException extends RuntimeException {

    CancelledException() {
        super("Cancelled; nothing was changed.");
    }
}
