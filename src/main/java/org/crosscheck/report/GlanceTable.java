package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupAtAGlance;

/**
 * A group by source as table cells, first thing in its section: one row per source (its repeats
 * folded into it), what it said, when, for when, and whether the researcher confirmed it.
 */
final class GlanceTable {

    static final List<TableLayout.Column> COLUMNS = List.of(
            new TableLayout.Column("Source", 0.195f),
            new TableLayout.Column("Speaker", 0.15f),
            new TableLayout.Column("Said", 0.115f),
            new TableLayout.Column("Holds for", 0.115f),
            // wide enough for "≈ 2,000–3,000" in bold on one line
            new TableLayout.Column("Figure", 0.165f),
            new TableLayout.Column("As compared", 0.155f),
            new TableLayout.Column("Review", 0.105f));

    private GlanceTable() {
    }

    /** The cells of each source's row, as text: the PDF and the HTML set them out alike. */
    static List<List<String>> texts(GroupAtAGlance glance) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupAtAGlance.SourceRow source : glance.rows()) {
            // named as the grid and the lines on contradicting pairs name it; the whole title beneath
            rows.add(List.of(source.letter() + "  " + source.name() + "\n" + source.title(),
                    String.join("\n", source.speakers()), date(source.said()),
                    source.holdsFor().stream().map(GlanceTable::date).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::withTimes).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::interval).collect(Collectors.joining("\n")),
                    source.review()));
        }
        return rows;
    }

    static List<List<List<Span>>> cells(List<List<String>> texts) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (List<String> row : texts) {
            List<List<Span>> cells = new ArrayList<>();
            String[] source = row.get(0).split("\n", 2);
            cells.add(List.of(new Span(source[0], TextStyle.CELL_BOLD),
                    new Span(source.length > 1 ? "\n" + source[1] : "", TextStyle.CELL_MUTED)));
            for (int column = 1; column < row.size(); column++) {
                cells.add(List.of(new Span(row.get(column), column == 4 ? TextStyle.CELL_BOLD : TextStyle.CELL)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String date(FuzzyDate date) {
        return date.isKnown() ? date.display() : "date unknown";
    }
}
