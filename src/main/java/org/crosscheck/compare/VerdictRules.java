package org.crosscheck.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Figures;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * Every rule that decides how two statements of a group relate, and every threshold, in one
 * place. The rules are tried in this order; the first that holds gives the verdict:
 *
 * <table>
 *   <caption>Verdict rules</caption>
 *   <tr><th>verdict</th><th>when</th></tr>
 *   <tr><td>different scope</td><td>one place is a part of the other's ("northern Afghanistan" in
 *       "Afghanistan") and its figure can fit inside the whole's (its low end is not above the whole's
 *       high end); or both are different parts of one place; or one counts a part of an earlier count
 *       ("five were injured, three of them critically") and fits inside the other; or one names a
 *       single victim ("A 53-year-old man was shot") and the other a larger toll; or one counts the
 *       wounded more narrowly (those injured, of those shot) and is below the other</td></tr>
 *   <tr><td>agrees</td><td>the intervals overlap by more than a touching end, or a single figure lies
 *       inside the other interval</td></tr>
 *   <tr><td>changed over time</td><td>both are a toll that only grows (killed, shot, arrested …)
 *       and the higher one was published later: an update, as victims die or are found</td></tr>
 *   <tr><td>tension</td><td>no real overlap, but the gap is at most {@value #TENSION_GAP} of the
 *       higher figure's near end (e.g. 3,000 vs 3,150–3,500; "over 10,000" vs "as many as 10,000")</td></tr>
 *   <tr><td>changed over time</td><td>far apart, and the times they hold for are at least
 *       {@value #MONTHS_APART_FOR_CHANGE} months apart, or either sentence says the figure is changing
 *       ("growing", "rising", "the death toll rose to 11")</td></tr>
 *   <tr><td>contradicts</td><td>far apart otherwise</td></tr>
 * </table>
 *
 * <p>Open ends: an open low end counts as 0, an open high end as infinity. The time a statement
 * holds for is the time it refers to, or else its source's publication date; times are compared
 * by the middle of their periods. Pure and thread-safe.
 */
public final class VerdictRules {

    /** The largest gap, as a share of the higher figure's near end, that is still only tension. */
    public static final double TENSION_GAP = 0.25;
    /** How far apart in time two far-apart figures must be to read as a change, not a contradiction. */
    public static final int MONTHS_APART_FOR_CHANGE = 12;

    private static final double DAYS_PER_MONTH = 30.44;

    /**
     * Roles whose count only grows as a story goes on: the dead do not come back, an arrest stays
     * made. A later, higher figure for one of them is an update of the toll, not a contradiction.
     */
    public static final java.util.Set<String> GROWING_TOLLS = java.util.Set.of(
            "killed", "shot", "injured", "stabbed", "arrested", "charged", "victims", "casualties", "hospitalized");

    private VerdictRules() {
    }

    public static PairVerdict judge(int indexA, int indexB, Statement a, Statement b) {
        Interval first = Interval.of(a.claim().quantity());
        Interval second = Interval.of(b.claim().quantity());
        Verdict verdict = verdictOf(a, b, first, second);
        return PairVerdict.computed(indexA, indexB, verdict, () -> reason(verdict, a, b));
    }

    static Verdict verdictOf(Statement a, Statement b, Interval first, Interval second) {
        if (isScopeDifference(a, b, first, second)) {
            return Verdict.DIFFERENT_SCOPE;
        }
        if (first.overlaps(second)) {
            return Verdict.AGREES;
        }
        if (isTollUpdate(a, b, first, second)) {
            return Verdict.CHANGED_OVER_TIME; // before tension: 4 dead, then 5, is no near-miss but news
        }
        if (first.relativeGap(second) <= TENSION_GAP) {
            return Verdict.TENSION;
        }
        Long months = monthsApart(a.when(), b.when());
        if ((months != null && months >= MONTHS_APART_FOR_CHANGE) || a.trendWords() || b.trendWords()) {
            return Verdict.CHANGED_OVER_TIME;
        }
        return Verdict.CONTRADICTS;
    }

    /** Both count a growing toll and the later publication gives the higher figure. */
    static boolean isTollUpdate(Statement a, Statement b, Interval first, Interval second) {
        String role = a.claim().quantity().role();
        if (!GROWING_TOLLS.contains(role) || !role.equals(b.claim().quantity().role())
                || !a.published().isKnown() || !b.published().isKnown()) {
            return false;
        }
        int order = a.published().date().compareTo(b.published().date());
        if (order == 0) {
            return false;
        }
        Interval earlier = order < 0 ? first : second;
        Interval later = order < 0 ? second : first;
        return later.isAbove(earlier);
    }

    private static boolean isScopeDifference(Statement a, Statement b, Interval first, Interval second) {
        if (a.isOneVictim() != b.isOneVictim()) {
            return (a.isOneVictim() ? second : first).low() > 1; // one victim named, of a larger toll
        }
        int breadthA = GroupKeys.breadth(a.claim().quantity().role());
        int breadthB = GroupKeys.breadth(b.claim().quantity().role());
        if (breadthA >= 0 && breadthB >= 0 && breadthA != breadthB) {
            return breadthA < breadthB ? first.isBelow(second) : second.isBelow(first); // equal counts agree
        }
        if (a.countsAPart() != b.countsAPart()) {
            return a.countsAPart() ? first.fitsInside(second) : second.fitsInside(first);
        }
        if (a.claim().place().equalsIgnoreCase(b.claim().place()) || !a.hasTheBasePlaceOf(b)) {
            return false;
        }
        boolean aIsPart = a.placeIsPart();
        boolean bIsPart = b.placeIsPart();
        if (aIsPart && bIsPart) {
            return true;
        }
        if (aIsPart) {
            return first.fitsInside(second);
        }
        return bIsPart && second.fitsInside(first);
    }

    /** Whole months between the middles of two periods; null when either is unknown. */
    static Long monthsApart(FuzzyDate a, FuzzyDate b) {
        if (!a.isKnown() || !b.isKnown()) {
            return null;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(middle(a), middle(b)));
        return Math.round(days / DAYS_PER_MONTH);
    }

    private static LocalDate middle(FuzzyDate date) {
        long length = ChronoUnit.DAYS.between(date.date(), date.end());
        return date.date().plusDays(length / 2);
    }

    /** "≥ 10,000 vs ≈ 3,000 (2,550–3,450): far apart; 6 months apart; different speakers". */
    static String reason(Verdict verdict, Statement a, Statement b) {
        List<String> parts = new ArrayList<>();
        parts.add(Figures.of(a.claim().quantity()) + " vs " + Figures.of(b.claim().quantity()));
        parts.add(switch (verdict) {
            case AGREES -> "the figures overlap";
            case TENSION -> "close but not overlapping";
            case CONTRADICTS -> "far apart";
            case CHANGED_OVER_TIME -> a.trendWords() || b.trendWords()
                    ? "far apart, and the text says the figure is changing"
                    : isTollUpdate(a, b, Interval.of(a.claim().quantity()), Interval.of(b.claim().quantity()))
                    ? "a later report gives a higher toll: an update" : "far apart, at different times";
            case DIFFERENT_SCOPE -> scopeWords(a, b);
        });
        parts.add(timeWords(a.when(), b.when()));
        parts.add(voices(verdict, a, b));
        return parts.get(0) + ": " + String.join("; ", parts.subList(1, parts.size()));
    }

    private static String scopeWords(Statement a, Statement b) {
        if (a.isOneVictim() != b.isOneVictim()) {
            return "\u201c" + (a.isOneVictim() ? a : b).quote() + "\u201d is one victim of the toll";
        }
        int breadthA = GroupKeys.breadth(a.claim().quantity().role());
        int breadthB = GroupKeys.breadth(b.claim().quantity().role());
        if (breadthA >= 0 && breadthB >= 0 && breadthA != breadthB) {
            String narrow = breadthA < breadthB ? a.claim().quantity().role() : b.claim().quantity().role();
            String wide = breadthA < breadthB ? b.claim().quantity().role() : a.claim().quantity().role();
            return "those " + narrow + " are a part of those " + wide;
        }
        if (a.countsAPart() != b.countsAPart()) {
            Statement part = a.countsAPart() ? a : b;
            return "\u201c" + part.quote() + "\u201d counts a part of the whole";
        }
        String placeA = a.claim().place();
        String placeB = b.claim().place();
        if (a.placeIsPart() && b.placeIsPart()) {
            return "different parts of " + a.basePlace() + " (" + placeA + ", " + placeB + ")";
        }
        String part = a.placeIsPart() ? placeA : placeB;
        String whole = a.placeIsPart() ? placeB : placeA;
        return "only " + part + " against all of " + whole;
    }

    static String timeWords(FuzzyDate a, FuzzyDate b) {
        Long months = monthsApart(a, b);
        if (months == null) {
            return "time unknown";
        }
        if (months == 0) {
            return "same month";
        }
        if (months < 24) {
            return months + (months == 1 ? " month apart" : " months apart");
        }
        long years = Math.round(months / 12.0);
        return years + " years apart";
    }

    /** Who spoke: the speakers only; an outlet that carried the words is no speaker ("same speaker (Circa)"). */
    private static String voices(Verdict verdict, Statement a, Statement b) {
        if (Origins.same(a, b)) {
            String origin = Origins.name(a).length() >= Origins.name(b).length() ? Origins.name(a) : Origins.name(b);
            // one origin agreeing with itself is no corroboration; differing, it revised itself
            return "same origin: both " + origin + (verdict == Verdict.AGREES ? ", a repeat, not corroboration"
                    : ", a self-revision");
        }
        // the speaker the chain found: "a top Russian security official" once known to be Bortnikov
        String voiceA = a.chain().speaker().isEmpty() ? a.claim().speaker() : a.chain().speaker();
        String voiceB = b.chain().speaker().isEmpty() ? b.claim().speaker() : b.chain().speaker();
        if (voiceA.isBlank() || voiceB.isBlank()) {
            return "speaker unknown";
        }
        if (voiceA.equalsIgnoreCase(voiceB)) {
            return "same speaker (" + voiceA + ")";
        }
        return "different speakers (" + voiceA + "; " + voiceB + ")";
    }
}
