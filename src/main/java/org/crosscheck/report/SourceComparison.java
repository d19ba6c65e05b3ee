package org.crosscheck.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Verdict;

/**
 * What the report says about a group compared by sources rather than all pairs: how it was
 * compared, what the verdicts came to, and which verdicts it lists. Agreement is counted but not
 * listed, since in a large group it is most of the verdicts and the least of the news; every
 * verdict the researcher set is listed whatever it says. Pure.
 */
final class SourceComparison {

    private SourceComparison() {
    }

    /** The verdicts a group's table lists: all of them, unless the group was compared by sources. */
    static List<PairVerdict> listed(ComparisonGroup group) {
        if (!group.comparedBySources()) {
            return group.verdicts();
        }
        return group.verdicts().stream().filter(pair -> pair.verdict() != Verdict.AGREES || pair.overridden())
                .toList();
    }

    /** The paragraph that says how a large group was compared; empty for a group compared all pairs. */
    static String summary(ComparisonGroup group) {
        if (!group.comparedBySources()) {
            return "";
        }
        int statements = group.statements().size();
        long allPairs = (long) statements * (statements - 1) / 2;
        org.crosscheck.model.ComparedBySources how = group.bySources();
        int representatives = how.representatives();
        String reach = how.withEveryOtherSource()
                ? "each is compared with those of every other source"
                : "each is compared with the next " + how.neighbours() + " of other sources in time";
        int listed = listed(group).size();
        return String.format(Locale.ROOT, "Compared by sources: %s from %s are too many to compare every pair "
                        + "(%,d pairs). One statement per source and figure stands for its source (%,d in all), and "
                        + "%s. %s. Listed below: %s.", count(statements, "statement"),
                count(how.sources(), "source"), allPairs, representatives, reach,
                tally(group.verdicts()), listed == group.verdicts().size() ? "all of them"
                        : String.format(Locale.ROOT, "the %,d that are not agreement", listed));
    }

    /** "1,850 verdicts: 1,200 agree, 300 tension …", largest first. */
    private static String tally(List<PairVerdict> verdicts) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        verdicts.forEach(pair -> counts.merge(pair.verdict(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<Verdict, Integer>comparingByValue().reversed())
                .forEach(entry -> parts.add(String.format(Locale.ROOT, "%,d %s", entry.getValue(),
                        entry.getKey().label())));
        return count(verdicts.size(), "verdict") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static String count(int number, String noun) {
        return String.format(Locale.ROOT, "%,d %s", number, number == 1 ? noun : noun + "s");
    }
}
