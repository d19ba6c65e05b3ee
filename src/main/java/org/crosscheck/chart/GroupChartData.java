package org.crosscheck.chart;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.PairVerdict;
import org.crosscheck.compare.Statement;

/**
 * A comparison group as the interval chart draws it, the same in the window and in the report:
 * one numbered bar per statement, labelled by who said it and when, coloured by source.
 */
public final class GroupChartData {

    private GroupChartData() {
    }

    public static List<IntervalStatement> statements(ComparisonGroup group) {
        java.util.Map<Long, Integer> colours = sourceColours(group);
        List<IntervalStatement> bars = new ArrayList<>();
        for (int i = 0; i < group.statements().size(); i++) {
            Statement statement = group.statements().get(i);
            // the chart numbers its rows itself; the label says who and when; the bar is the figure as compared
            Double[] ends = org.crosscheck.compare.Figures.asCompared(statement.claim().quantity());
            bars.add(new IntervalStatement(voice(statement) + " · " + statement.when().display(), ends[0], ends[1],
                    statement.claim().quantity().qualifier(), colours.get(statement.claim().sourceId())));
        }
        return bars;
    }

    public static List<IntervalVerdict> verdicts(ComparisonGroup group) {
        return group.verdicts().stream().map(pair -> new IntervalVerdict(pair.a(), pair.b(), pair.verdict().key(),
                pair.verdict().label() + ": " + reason(pair))).toList();
    }

    /** "3. Zamir Kabulov": the statement's number in the group and who said it. */
    public static String label(ComparisonGroup group, int index) {
        return (index + 1) + ". " + voice(group.statements().get(index));
    }

    private static String voice(Statement statement) {
        String voice = statement.voice().isBlank() ? statement.sourceTitle() : statement.voice();
        return voice.length() > 28 ? voice.substring(0, 27) + "…" : voice;
    }

    private static String reason(PairVerdict pair) {
        return pair.overridden() ? "overridden: " + pair.overrideNote() + " (computed: " + pair.reason() + ")"
                : pair.reason();
    }

    /** Source id → the colour index its bars get: sources in id order, so the colours stay put. */
    public static java.util.Map<Long, Integer> sourceColours(ComparisonGroup group) {
        List<Long> sources = group.statements().stream().map(s -> s.claim().sourceId()).distinct().sorted().toList();
        java.util.Map<Long, Integer> colours = new java.util.HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            colours.put(sources.get(i), i);
        }
        return colours;
    }
}
