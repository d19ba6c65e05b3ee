package org.crosscheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comparison group summarised by source, the way a reader asks: which sources, what each gave,
 * and which pairs of sources contradict. One row per source (its repeats of a figure folded into
 * it), and between every two sources the verdict that matters most among their statements' pairs.
 * Made by the comparison ({@code compare.SummaryBySource}). Immutable.
 *
 * @param rows  one per source, in the order they were published (unknown dates last)
 * @param pairs one per two sources that have a verdict between their statements
 * @param origins the independent origins of the statements (see {@code compare.Origins})
 * @param originPairs how many pairs of independent origins got each verdict, the weightiest of their statements'
 */
public record GroupAtAGlance(List<SourceRow> rows, List<SourcePair> pairs, List<Origin> origins,
                             Map<Verdict, Integer> originPairs) {

    /** Verdicts from the one a reader must see first to the one that needs no attention. */
    public static final List<Verdict> WEIGHT = List.of(Verdict.CONTRADICTS, Verdict.TENSION, Verdict.CHANGED_OVER_TIME,
            Verdict.DIFFERENT_SCOPE, Verdict.AGREES);

    public GroupAtAGlance {
        rows = List.copyOf(rows);
        pairs = List.copyOf(pairs);
        origins = List.copyOf(origins);
        originPairs = Map.copyOf(originPairs);
    }

    /**
     * One source of the group.
     *
     * @param letter     "A", "B" …: how the grid names it
     * @param figures    the distinct figures it gives, each once, in the order it gives them
     * @param statements the positions in the group of all its statements, repeats included
     * @param confirmed  how many of its statements the researcher confirmed
     */
    /** Words of a title that name a source with no outlet. */

    public record SourceRow(long sourceId, String letter, String title, String outlet, List<String> speakers,
                            FuzzyDate said, List<FuzzyDate> holdsFor, List<FigureGiven> figures,
                            List<Integer> statements, int confirmed) {

        public SourceRow {
            speakers = List.copyOf(speakers);
            holdsFor = List.copyOf(holdsFor);
            figures = List.copyOf(figures);
            statements = List.copyOf(statements);
        }

        /** Its outlet, or the first words of its title when it has none ({@link Outlets#sourceName}). */
        public String name() {
            return Outlets.sourceName(outlet, title);
        }

        /** How many statements were folded into this row beyond the first. */
        public int repeats() {
            return statements.size() - figures.size();
        }

        /** "confirmed", "suggested" or "2 of 3 confirmed". */
        public String review() {
            if (confirmed == statements.size()) {
                return "confirmed";
            }
            return confirmed == 0 ? "suggested" : confirmed + " of " + statements.size() + " confirmed";
        }
    }

    /**
     * A figure as the source wrote it and as an interval, with how often the source gives it.
     *
     * @param written  "≥ 10,000", "≈ 3,000 (2,550–3,450)"
     * @param interval "10,000 – ∞": the figure as it is compared
     */
    public record FigureGiven(String written, String interval, int times) {

        /** "≥ 10,000 ×3", or the figure alone when given once. */
        public String withTimes() {
            return times > 1 ? written + " ×" + times : written;
        }
    }

    /**
     * Two sources and how their statements relate.
     *
     * @param verdict the weightiest verdict among their statements' pairs (contradicts first)
     * @param counts  how many statement pairs got each verdict
     * @param reason  why, in the words of the first statement pair with that verdict
     * @param statementPairs the positions in the group of the statement pairs behind it
     */
    public record SourcePair(long sourceA, long sourceB, Verdict verdict, Map<Verdict, Integer> counts, String reason,
                             List<PairVerdict> statementPairs) {

        public SourcePair {
            counts = Map.copyOf(counts);
            reason = reason == null ? "" : reason;
            statementPairs = List.copyOf(statementPairs);
        }

        /** "3 contradict, 1 agrees": the statement pairs behind the verdict. */
        public String detail() {
            List<String> parts = new ArrayList<>();
            for (Verdict kind : WEIGHT) {
                Integer count = counts.get(kind);
                if (count != null) {
                    parts.add(count + " " + kind.label());
                }
            }
            return String.join(", ", parts);
        }
    }

    /** The summary of no group: nothing to show. */
    public static final GroupAtAGlance EMPTY = new GroupAtAGlance(List.of(), List.of(), List.of(), Map.of());

    private static final String PAIR = "\u00a0×\u00a0";

    /** Up to this many contradicting pairs are named by their letters in {@link #counts()}. */
    static final int NAMED_PAIRS = 6;

    /** How many sources give a figure. */
    public int sources() {
        return rows.size();
    }

    /** How many pairs of sources contradict: pairs of sources, not of statements. */
    public long contradictingPairs() {
        return pairs.stream().filter(pair -> pair.verdict() == Verdict.CONTRADICTS).count();
    }

    /** How many statements in all, and how many of them the researcher confirmed. */
    public int statements() {
        return rows.stream().mapToInt(row -> row.statements().size()).sum();
    }

    public int confirmed() {
        return rows.stream().mapToInt(SourceRow::confirmed).sum();
    }

    /** How many pairs of independent origins contradict, and how many corroborate each other. */
    public int contradictingOrigins() {
        return originPairs.getOrDefault(Verdict.CONTRADICTS, 0);
    }

    public int corroboratingOrigins() {
        return originPairs.getOrDefault(Verdict.AGREES, 0);
    }

    /** "10 statements · 5 articles · 4 independent origins". */
    public String evidence() {
        return ComparisonGroup.evidence(statements(), sources(), origins.size());
    }

    /**
     * "10 statements · 5 articles · 4 independent origins · 3 pairs contradict (C × D, C × E, D × E)",
     * "1 statement · 1 article · 1 independent origin".
     */
    public String counts() {
        String sourceWords = evidence();
        if (sources() < 2) {
            return sourceWords;
        }
        long contradicting = contradictingPairs();
        String pairWords = contradicting == 0 ? "no pair contradicts"
                : contradicting == 1 ? "1 pair contradicts" : contradicting + " pairs contradict";
        // the pairs by their rows' letters, so which pairs contradict reads in this one line
        String letters = contradicting > 0 && contradicting <= NAMED_PAIRS ? " (" + contradictingLetters() + ")" : "";
        return sourceWords + " · " + pairWords + letters;
    }

    /**
     * "C × D, C × E, D × E": the contradicting pairs by the letters of the sources' rows, so which
     * pairs contradict reads in the one line that is always in view, also where a short window
     * leaves the grid below the fold.
     */
    public String contradictingLetters() {
        List<String> named = new ArrayList<>();
        for (SourcePair pair : pairs) {
            if (pair.verdict() == Verdict.CONTRADICTS) {
                // no-break spaces: a narrow list wraps between pairs, never inside one ("C / × D")
                named.add(row(pair.sourceA()).map(SourceRow::letter).orElse("?") + PAIR
                        + row(pair.sourceB()).map(SourceRow::letter).orElse("?"));
            }
        }
        return String.join(", ", named);
    }

    /** The row of a source, if it is in the group. */
    public Optional<SourceRow> row(long sourceId) {
        return rows.stream().filter(row -> row.sourceId() == sourceId).findFirst();
    }

    /** The verdict between two sources, in either order, if their statements have one. */
    public Optional<SourcePair> pair(long sourceA, long sourceB) {
        return pairs.stream().filter(pair -> pair.sourceA() == sourceA && pair.sourceB() == sourceB
                || pair.sourceA() == sourceB && pair.sourceB() == sourceA).findFirst();
    }

    /** "≈ 3,000" for "≈ 3,000 (2,550–3,450)": the interval has a column of its own. */
    public static String briefly(String figure) {
        int reading = figure.indexOf(" (");
        return reading > 0 && figure.endsWith(")") ? figure.substring(0, reading) : figure;
    }

    /** "2,550 – 3,450", "10,000 – ∞", "0 – 10,000": the figure as the comparison reads it (see {@link Quantity#asMeant()}). */
    public static String interval(Statement statement) {
        Quantity quantity = statement.claim().quantity();
        if (quantity.low() == null && quantity.high() == null) {
            return "no figure";
        }
        double low = quantity.comparedLow();
        double high = quantity.comparedHigh();
        return low == high ? Figures.number(low)
                : Figures.number(low) + " – " + (Double.isInfinite(high) ? "∞" : Figures.number(high));
    }
}
