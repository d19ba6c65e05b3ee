package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.report.chart.SourceGridDrawing;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.Figures;
import org.crosscheck.compare.GroupAtAGlance;
import org.crosscheck.compare.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Outlets;

/**
 * A group at a glance as the Comparison tab shows it: a row per source (its repeats folded into it,
 * its statements beneath), the grid of verdicts between sources, and a line for each contradicting
 * pair saying why. Pure; no nodes.
 */
final class GlanceRows {

    /**
     * A row of the source table: a source, or one of its statements under it.
     *
     * @param statement the statement's position in the group; -1 for a source's row
     */
    record Row(String source, int colour, String speaker, String said, String holdsFor, String figure,
               String interval, String review, String title, int statement, List<Row> statements) {

        Row {
            statements = List.copyOf(statements);
        }
    }

    private GlanceRows() {
    }

    static List<Row> rows(ComparisonGroup group, GroupAtAGlance glance, ColourSlots colours) {
        List<Row> rows = new ArrayList<>();
        for (GroupAtAGlance.SourceRow source : glance.rows()) {
            int colour = colours.of(source.sourceId());
            List<Row> statements = new ArrayList<>();
            if (source.statements().size() > 1) {
                for (int position : source.statements()) {
                    statements.add(statementRow(group.statements().get(position), position, colour));
                }
            }
            // several speakers, times or figures of one source stand one a line, so none is cut off
            rows.add(new Row(source.letter() + "  " + source.name(), colour, String.join("\n", source.speakers()),
                    date(source.said()), source.holdsFor().stream().map(GlanceRows::date).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::withTimes).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::interval)
                            .collect(Collectors.joining("\n")),
                    source.review(), source.title(), -1, statements));
        }
        return rows;
    }

    private static Row statementRow(Statement statement, int position, int colour) {
        return new Row("#" + (position + 1) + " " + Outlets.shown(statement.outletOrSource()), colour,
                statement.claim().speaker(), date(statement.published()), date(statement.when()),
                GroupAtAGlance.briefly(Figures.of(statement.claim().quantity())), GroupAtAGlance.interval(statement),
                statement.claim().status() == ClaimStatus.CONFIRMED ? "confirmed" : "suggested",
                "“" + statement.quote() + "”", position, List.of());
    }

    /** "5 sources · 3 pairs contradict · 14 statements, 9 confirmed". */
    static String counts(GroupAtAGlance glance) {
        return glance.counts() + " · " + Texts.get("compare.reviewed", glance.statements(), glance.confirmed());
    }

    /** One line for each pair of sources that contradict: "A RT × D Circa: ≥ 10,000 vs ≈ 3,000: far apart; …". */
    static List<String> why(GroupAtAGlance glance) {
        List<String> lines = new ArrayList<>();
        for (GroupAtAGlance.SourcePair pair : glance.pairs()) {
            if (pair.verdict() == Verdict.CONTRADICTS) {
                lines.add(name(glance, pair.sourceA()) + " × " + name(glance, pair.sourceB()) + " — "
                        + pair.detail() + ": " + pair.reason());
            }
        }
        return lines;
    }

    /** The tooltip of a grid cell: the two sources, what their statement pairs came to, and why. */
    static String cellText(GroupAtAGlance glance, int row, int column) {
        long a = glance.rows().get(row).sourceId();
        long b = glance.rows().get(column).sourceId();
        return glance.pair(a, b).map(pair -> name(glance, a) + " × " + name(glance, b) + ": " + pair.verdict().label()
                + " (" + pair.detail() + ")\n" + pair.reason()).orElse("");
    }

    static SourceGridDrawing grid(GroupAtAGlance glance, ColourSlots colours, double maxWidth) {
        List<SourceGridDrawing.GridSource> sources = glance.rows().stream().map(row ->
                new SourceGridDrawing.GridSource(row.letter(), row.name(), colours.of(row.sourceId()))).toList();
        List<SourceGridDrawing.GridCell> cells = new ArrayList<>();
        for (GroupAtAGlance.SourcePair pair : glance.pairs()) {
            cells.add(new SourceGridDrawing.GridCell(position(glance, pair.sourceA()), position(glance, pair.sourceB()),
                    pair.verdict().key()));
        }
        return new SourceGridDrawing(sources, cells, maxWidth);
    }

    private static int position(GroupAtAGlance glance, long sourceId) {
        for (int i = 0; i < glance.rows().size(); i++) {
            if (glance.rows().get(i).sourceId() == sourceId) {
                return i;
            }
        }
        return -1;
    }

    private static String name(GroupAtAGlance glance, long sourceId) {
        return glance.row(sourceId).map(row -> row.letter() + " " + row.name()).orElse("?");
    }

    private static String date(FuzzyDate date) {
        return date.isKnown() ? date.display() : Texts.get("source.noDate");
    }
}
