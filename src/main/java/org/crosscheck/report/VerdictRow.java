package org.crosscheck.report;

/**
 * A verdict between two statements of a group.
 *
 * @param a            the first statement, in words ("Kabulov, 2015-12")
 * @param b            the second statement
 * @param verdict      agrees, tension, contradicts, changed-over-time or different-scope
 * @param reason       why, in words
 * @param overridden   whether the researcher replaced the computed verdict
 * @param overrideNote the researcher's note when overridden
 */
public record VerdictRow(String a, String b, String verdict, String reason, boolean overridden,
        String overrideNote) {

    public VerdictRow {
        a = ReportText.orEmpty(a);
        b = ReportText.orEmpty(b);
        verdict = ReportText.orEmpty(verdict);
        reason = ReportText.orEmpty(reason);
        overrideNote = ReportText.orEmpty(overrideNote);
    }

    /** The verdict as the reader sees it: "changed over time" rather than "changed-over-time". */
    public String verdictWords() {
        return verdict.replace('-', ' ');
    }
}
