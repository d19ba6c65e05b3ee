package org.crosscheck.extract;

/** Thrown by {@link Extractor#extract} when its thread was interrupted, the extraction left unfinished. */
public final class ExtractionInterruptedException extends RuntimeException {

    ExtractionInterruptedException() {
        super("the extraction was interrupted", null, false, false);
    }
}
