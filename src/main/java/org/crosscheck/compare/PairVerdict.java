package org.crosscheck.compare;

import org.crosscheck.model.Verdict;

/**
 * The verdict between two statements of a group, by their positions in the group's list.
 *
 * @param overridden    set by the researcher rather than by the rules
 * @param overrideNote  why the researcher overrode it
 */
public record PairVerdict(int a, int b, Verdict verdict, String reason, boolean overridden, String overrideNote) {

    public PairVerdict {
        reason = reason == null ? "" : reason;
        overrideNote = overrideNote == null ? "" : overrideNote;
    }

    static PairVerdict computed(int a, int b, Verdict verdict, String reason) {
        return new PairVerdict(a, b, verdict, reason, false, "");
    }
}
