package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/** The statements of a group as table cells: who said what, when, through whom, and how sure. */
final class StatementTable {

    static final List<TableLayout.Column> COLUMNS = List.of(
            new TableLayout.Column("Source", 0.175f),
            new TableLayout.Column("Speaker → via", 0.125f),
            new TableLayout.Column("Published", 0.12f),
            new TableLayout.Column("Value", 0.16f),
            new TableLayout.Column("Quote in context", 0.345f),
            new TableLayout.Column("Grade", 0.075f));

    private StatementTable() {
    }

    /** The figure in bold; under it, muted, whether the researcher confirmed it ("● confirmed"). */
    static List<Span> valueCell(String value) {
        int review = value.indexOf('\n');
        return review < 0 ? List.of(new Span(value, TextStyle.CELL_BOLD))
                : List.of(new Span(value.substring(0, review), TextStyle.CELL_BOLD),
                        new Span(value.substring(review), TextStyle.CELL_MUTED));
    }

    static List<List<List<Span>>> cells(List<StatementRow> statements) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (StatementRow statement : statements) {
            rows.add(List.of(
                    List.of(new Span(statement.source(), TextStyle.CELL),
                            new Span(statement.outlet().isBlank() ? "" : "\n" + statement.outlet(), TextStyle.CELL_MUTED)),
                    List.of(new Span(statement.speaker(), TextStyle.CELL)),
                    List.of(new Span(statement.published(), TextStyle.CELL),
                            new Span(statement.refersTo().isBlank() ? "" : "\nrefers to " + statement.refersTo(),
                                    TextStyle.CELL_MUTED)),
                    valueCell(statement.value()),
                    quoteInContext(statement),
                    List.of(new Span(statement.grade(), TextStyle.CELL))));
        }
        return rows;
    }

    /** The context in grey with the quote itself in black bold, so the claimed words stand out. */
    static List<Span> quoteInContext(StatementRow statement) {
        String context = statement.context();
        String quote = statement.quote();
        int at = quote.isEmpty() ? -1 : context.indexOf(quote);
        if (at < 0) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(quote, TextStyle.CELL_BOLD));
            if (!context.isBlank() && !context.equals(quote)) {
                spans.add(new Span("\n" + context, TextStyle.CELL_MUTED));
            }
            return spans;
        }
        return List.of(new Span(context.substring(0, at), TextStyle.CELL_MUTED),
                new Span(quote, TextStyle.CELL_BOLD),
                new Span(context.substring(at + quote.length()), TextStyle.CELL_MUTED));
    }
}
