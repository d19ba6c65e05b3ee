package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

/**
 * A comparison group as the interval chart draws it, the same in the window and in the report:
 * one numbered bar per statement, labelled by who said it and when, coloured by source.
 */
public final class GroupChartData {

    private GroupChartData() {
    }

    /** The bars of a group, each in the colour its source keeps in the project ({@code colours}). */
    public static List<IntervalStatement> statements(ComparisonGroup group, org.crosscheck.model.ColourSlots colours) {
        List<IntervalStatement> bars = new ArrayList<>();
        for (int i = 0; i < group.statements().size(); i++) {
            Statement statement = group.statements().get(i);
            // the chart numbers its rows itself; the label says who and when; the bar is the figure as compared
            Double[] ends = org.crosscheck.model.Figures.asCompared(statement.claim().quantity());
            bars.add(new IntervalStatement(rowLabel(statement), ends[0], ends[1],
                    statement.claim().quantity().qualifier(), colours.of(statement.claim().sourceId())));
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

    /**
     * "RT · Zamir Kabulov", "Circa · Afghan intelligence officials ○": the source and who spoke; a
     * suggestion nobody has confirmed is marked ○, a confirmed statement ●.
     */
    static String rowLabel(Statement statement) {
        String outlet = org.crosscheck.model.Outlets.shown(statement.outlet());
        String speaker = statement.claim().speaker();
        String who = speaker.isBlank() || speaker.equalsIgnoreCase(outlet) ? outlet : outlet + " · " + speaker;
        return who + (statement.claim().status() == org.crosscheck.model.ClaimStatus.CONFIRMED ? " ●" : " ○");
    }

    private static String voice(Statement statement) {
        // whole: the chart and the tables wrap a long name rather than cut it
        return statement.voice().isBlank() ? statement.sourceTitle() : statement.voice();
    }

    private static String reason(PairVerdict pair) {
        return pair.overridden() ? "overridden: " + pair.overrideNote() + " (computed: " + pair.reason() + ")"
                : pair.reason();
    }

}
