package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/** The appendix of sources as table cells. */
final class SourceTable {

    static final List<TableLayout.Column> COLUMNS = List.of(
            new TableLayout.Column("Title", 0.27f),
            new TableLayout.Column("Outlet", 0.12f),
            new TableLayout.Column("Author", 0.12f),
            new TableLayout.Column("URL", 0.20f),
            new TableLayout.Column("Published", 0.14f),
            new TableLayout.Column("Grade", 0.075f),
            new TableLayout.Column("Claims", 0.075f));

    private SourceTable() {
    }

    static List<List<List<Span>>> cells(List<SourceEntry> sources) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (SourceEntry source : sources) {
            rows.add(List.of(
                    List.of(new Span(source.title(), TextStyle.CELL)),
                    List.of(new Span(source.outlet(), TextStyle.CELL)),
                    List.of(new Span(source.author(), TextStyle.CELL)),
                    List.of(new Span(source.url(), TextStyle.CELL_MUTED)),
                    List.of(new Span(source.published(), TextStyle.CELL)),
                    List.of(new Span(source.grade(), TextStyle.CELL)),
                    List.of(new Span(source.claimsShown(), TextStyle.CELL))));
        }
        return rows;
    }
}
