package org.crosscheck.extract;

import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * A temporal expression resolved: its TIMEX3 value as TempEval-3 writes it and, where it names a
 * calendar period, the date with its precision (unknown for durations, sets and "the past").
 */
record Resolved(String value, FuzzyDate date) {

    static Resolved unresolved(String value) {
        return new Resolved(value, FuzzyDate.UNKNOWN);
    }

    Precision precision() {
        return date.precision();
    }
}
