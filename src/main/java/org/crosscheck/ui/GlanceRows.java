package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Figures;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.Outlets;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.chart.SourceGridDrawing;
import org.crosscheck.service.OriginGrades;

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
     * @param positions the positions in the group of the statements this row stands for
     */
    record Row(String source, int colour, String speaker, String said, String holdsFor, String figure,
               String interval, String review, String title, int statement, List<Row> statements,
               List<Integer> positions) {

        Row {
            statements = List.copyOf(statements);
            positions = List.copyOf(positions);
        }
    }

    /**
     * Each statement's source as the by-source table names it ("A  “Islamic State group training”"):
     * the statements table names its sources the same way. Keyed by the statement itself, by identity,
     * so that the table finds a row's name in one step whatever order the researcher sorted it in.
     */
    static java.util.Map<Statement, String> sourceNames(ComparisonGroup group, List<Row> rows) {
        java.util.Map<Statement, String> names = new java.util.IdentityHashMap<>();
        for (Row row : rows) {
            row.positions().forEach(position -> names.put(group.statements().get(position), row.source()));
        }
        return names;
    }

    private GlanceRows() {
    }

    static List<Row> rows(ComparisonGroup group, GroupAtAGlance glance, ColourSlots colours) {
        List<Row> rows = new ArrayList<>();
        for (GroupAtAGlance.SourceRow source : glance.rows()) {
            int colour = colours.of(source.sourceId());
            List<Row> statements = new ArrayList<>();
            List<Integer> positions = source.statements();
            String name = source.letter() + "  " + source.name();
            if (positions.size() > 1) {
                for (int position : positions) {
                    statements.add(named(statementRow(group.statements().get(position), position, colour), name));
                }
            }
            // several speakers, times or figures of one source stand one a line, so none is cut off
            rows.add(new Row(name, colour, String.join("\n", source.speakers()),
                    date(source.said()), source.holdsFor().stream().map(GlanceRows::date).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::withTimes).collect(Collectors.joining("\n")),
                    source.figures().stream().map(GroupAtAGlance.FigureGiven::interval)
                            .collect(Collectors.joining("\n")),
                    source.review(), source.title(), -1, statements, positions));
        }
        return rows;
    }

    /** A statement under its source's row, numbered as in the statements table and named as its source is. */
    private static Row named(Row statement, String sourceName) {
        return new Row("#" + (statement.statement() + 1) + " " + sourceName.substring(sourceName.indexOf(' ') + 1).strip(),
                statement.colour(), statement.speaker(), statement.said(), statement.holdsFor(), statement.figure(),
                statement.interval(), statement.review(), statement.title(), statement.statement(),
                statement.statements(), statement.positions());
    }

    private static Row statementRow(Statement statement, int position, int colour) {
        return new Row("#" + (position + 1) + " " + Outlets.shown(statement.outletOrSource()), colour,
                statement.chain().describe().isEmpty() ? statement.claim().speaker() : statement.chain().describe(),
                date(statement.published()), date(statement.when()),
                GroupAtAGlance.briefly(Figures.of(statement.claim().quantity())), GroupAtAGlance.interval(statement),
                statement.claim().status() == ClaimStatus.CONFIRMED ? "confirmed" : "suggested",
                "“" + statement.quote() + "”", position, List.of(), List.of(position));
    }

    /** "10 statements · 5 articles · 4 independent origins · 3 pairs contradict (C × D, C × E, D × E) · 9 of 10 confirmed". */
    static String counts(GroupAtAGlance glance) {
        return glance.counts() + " · " + Texts.get("compare.reviewed", glance.statements(), glance.confirmed());
    }

    /** One independent origin of a group as its origins line names it: who, then how often and through whom. */
    record OriginPart(String name, String rest) {
    }

    /** The group's independent origins: "Zamir Kabulov" " ×5 (via Interfax, RIA Novosti)", "Russian military staff" "". */
    static List<OriginPart> origins(org.crosscheck.model.ComparisonGroup group) {
        List<OriginPart> parts = new ArrayList<>();
        for (org.crosscheck.model.Origin origin : group.origins()) {
            List<String> carriers = new ArrayList<>();
            for (int position : origin.statements()) {
                for (String carrier : group.statements().get(position).chain().carriers()) {
                    if (!carriers.contains(carrier)) {
                        carriers.add(carrier);
                    }
                }
            }
            int count = origin.statements().size();
            parts.add(new OriginPart(origin.name(), (count > 1 ? " ×" + count : "")
                    + (carriers.isEmpty() ? "" : " (via\u00A0" + String.join(", ", carriers) + ")"))); // "(via" never ends a line
        }
        return parts;
    }

    /**
     * "Independent origins: Zamir Kabulov (C3) ×5 (via Interfax, RIA Novosti) · Russian military staff …":
     * each origin with the grade the researcher gave it, where they gave one.
     */
    static String originsLine(List<OriginPart> origins, OriginGrades grades) {
        return Texts.get("compare.origins", origins.stream().map(part -> grades.beside(part.name()) + part.rest())
                .collect(Collectors.joining(" · ")));
    }

    /** The rows with the grade of each speaker (or outlet) who said it first beside them: "Zamir Kabulov (C3) → Interfax". */
    static List<Row> graded(List<Row> rows, OriginGrades grades) {
        return rows.stream().map(row -> new Row(row.source(), row.colour(), grades.beside(row.speaker()), row.said(),
                row.holdsFor(), row.figure(), row.interval(), row.review(), row.title(), row.statement(),
                graded(row.statements(), grades), row.positions())).toList();
    }

    /**
     * One line for each pair of sources that contradict, in the order and the way the counts name the
     * pairs ("C × D"): "C Circa × D RT — 3 contradicts: ≤ 10,000 vs ≈ 3,000: far apart; …". The
     * reason gives the figures in the order the pair's statements were judged.
     */
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
