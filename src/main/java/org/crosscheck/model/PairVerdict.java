package org.crosscheck.model;

import java.util.Objects;
import java.util.function.Supplier;
import org.crosscheck.model.Verdict;

/**
 * The verdict between two statements of a group, by their positions in the group's list.
 *
 * <p>Its reason in words is written only when something shows it (the verdicts table, the report,
 * an export): a large group has tens of thousands of pairs, most never looked at, and writing each
 * reason (figures formatted, times and voices compared) was most of the comparison's time. The
 * reason is then kept, so it is written at most once. Immutable and thread-safe.
 */
public final class PairVerdict {

    private final int a;
    private final int b;
    private final Verdict verdict;
    private final boolean overridden;
    private final String overrideNote;
    /** Shared by the copies of this verdict ({@link #at}, {@link #overriddenBy}), so the reason is written once for all. */
    private final Reason reason;

    /**
     * @param overridden    set by the researcher rather than by the rules
     * @param overrideNote  why the researcher overrode it
     */
    public PairVerdict(int a, int b, Verdict verdict, String reason, boolean overridden, String overrideNote) {
        this(a, b, verdict, new Reason(null, reason == null ? "" : reason), overridden, overrideNote);
    }

    private PairVerdict(int a, int b, Verdict verdict, Reason reason, boolean overridden, String overrideNote) {
        this.a = a;
        this.b = b;
        this.verdict = verdict;
        this.reason = reason;
        this.overridden = overridden;
        this.overrideNote = overrideNote == null ? "" : overrideNote;
    }

    /** A verdict of the rules, whose reason {@code writer} writes when it is first asked for. */
    public static PairVerdict computed(int a, int b, Verdict verdict, Supplier<String> writer) {
        return new PairVerdict(a, b, verdict, new Reason(Objects.requireNonNull(writer), null), false, "");
    }

    /** The same verdict between the statements now at {@code a} and {@code b}; its reason is shared, not written again. */
    public PairVerdict at(int newA, int newB) {
        return new PairVerdict(newA, newB, verdict, reason, overridden, overrideNote);
    }

    /** The researcher's verdict over this one; the rules' reason stays, written when shown. */
    public PairVerdict overriddenBy(Verdict chosen, String note) {
        return new PairVerdict(a, b, chosen, reason, true, note);
    }

    public int a() {
        return a;
    }

    public int b() {
        return b;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** "≥ 10,000 vs ≈ 3,000 (2,550–3,450): far apart; 6 months apart; different speakers" (written on first use). */
    public String reason() {
        return reason.text();
    }

    public boolean overridden() {
        return overridden;
    }

    public String overrideNote() {
        return overrideNote;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairVerdict pair && a == pair.a && b == pair.b && verdict == pair.verdict
                && overridden == pair.overridden && overrideNote.equals(pair.overrideNote)
                && reason().equals(pair.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, verdict, overridden, overrideNote);
    }

    @Override
    public String toString() {
        return "PairVerdict[a=" + a + ", b=" + b + ", verdict=" + verdict + ", reason=" + reason() + ", overridden="
                + overridden + ", overrideNote=" + overrideNote + "]";
    }

    /** A reason given, or written by its writer when first asked for. */
    private static final class Reason {
        private Supplier<String> writer;
        private volatile String text;

        Reason(Supplier<String> writer, String text) {
            this.writer = writer;
            this.text = text;
        }

        String text() {
            String written = text;
            if (written == null) {
                synchronized (this) {
                    written = text;
                    if (written == null) {
                        String made = writer.get();
                        written = made == null ? "" : made;
                        text = written;
                        writer = null; // the statements it read need not be kept for it any longer
                    }
                }
            }
            return written;
        }
    }
}
