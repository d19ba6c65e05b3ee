package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Verdict;

/** The verdicts of a group as table cells, the verdict word in its colour. */
final class VerdictTable {

    static final int OVERRIDE_COLOR = 0x6A1B9A;

    static final List<TableLayout.Column> COLUMNS = List.of(
            new TableLayout.Column("Between", 0.30f),
            new TableLayout.Column("Verdict", 0.19f),
            new TableLayout.Column("Why", 0.51f));

    private VerdictTable() {
    }

    static List<List<List<Span>>> cells(List<VerdictRow> verdicts) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (VerdictRow verdict : verdicts) {
            Verdict word = Verdict.read(verdict.verdict());
            TextStyle wordStyle = word == null ? TextStyle.CELL_BOLD : TextStyle.CELL_BOLD.withColor(word.rgb());
            List<Span> why = new ArrayList<>();
            why.add(new Span(verdict.reason(), TextStyle.CELL));
            if (verdict.overridden()) {
                why.add(new Span("\noverridden: ", TextStyle.CELL_BOLD.withColor(OVERRIDE_COLOR)));
                why.add(new Span(verdict.overrideNote(), TextStyle.CELL.withColor(OVERRIDE_COLOR)));
            }
            rows.add(List.of(
                    List.of(new Span(verdict.a(), TextStyle.CELL), new Span("\n↔ " + verdict.b(), TextStyle.CELL)),
                    List.of(new Span(word == null ? verdict.verdictWords() : word.label(), wordStyle)),
                    why));
        }
        return rows;
    }
}
