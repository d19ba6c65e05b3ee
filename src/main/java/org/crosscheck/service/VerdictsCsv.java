package org.crosscheck.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

/**
 * The verdicts table (README, "CSV"): one row per pair of statements that the comparison gives a
 * verdict, group by group, most contested group first as in the Comparison tab. A statement's value
 * is its figure's low and high end (empty when open; both empty for an event without a figure).
 */
final class VerdictsCsv {

    static final List<String> HEADER = List.of("group", "source A", "outlet A", "quote A", "low A", "high A",
            "source B", "outlet B", "quote B", "low B", "high B", "verdict", "reason", "overridden", "note");
    private static final int STEP = 500;

    private VerdictsCsv() {
    }

    /** Writes the table; returns the number of pairs written. */
    static long write(ExportSnapshot snapshot, OutputStream out, Progress progress) throws IOException {
        long total = snapshot.groups().stream().mapToLong(group -> group.verdicts().size()).sum();
        long done = 0;
        try (CsvTable table = new CsvTable(out, HEADER)) {
            for (ComparisonGroup group : snapshot.groups()) {
                for (PairVerdict pair : group.verdicts()) {
                    if (done % STEP == 0) {
                        progress.update(done, total, "Writing the verdicts");
                    }
                    table.row(row(group, pair));
                    done++;
                }
            }
        }
        return done;
    }

    private static String[] row(ComparisonGroup group, PairVerdict pair) {
        Statement a = group.statements().get(pair.a());
        Statement b = group.statements().get(pair.b());
        return new String[] {group.name(), a.sourceTitle(), a.outletOrSource(), a.quote(),
            PlainText.number(a.claim().quantity().low()), PlainText.number(a.claim().quantity().high()),
            b.sourceTitle(), b.outletOrSource(), b.quote(), PlainText.number(b.claim().quantity().low()),
            PlainText.number(b.claim().quantity().high()), pair.verdict().label(), pair.reason(),
            pair.overridden() ? "yes" : "no", pair.overrideNote()};
    }
}
