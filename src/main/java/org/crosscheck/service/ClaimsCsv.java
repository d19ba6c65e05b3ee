package org.crosscheck.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;

/**
 * The claims table (README, "CSV"): one row per claim of the project, suggested, confirmed and
 * rejected alike (the status says which), article by article in text order.
 */
final class ClaimsCsv {

    static final List<String> HEADER = List.of("source title", "outlet", "published", "kind", "status", "quote",
            "start", "end", "low", "high", "qualifier", "counted", "role", "subject", "place", "speaker",
            "statement outlet", "refers to", "refers to date", "refers to precision", "tags", "note",
            "comparison group", "chain");
    private static final int STEP = 500;

    private ClaimsCsv() {
    }

    /** Writes the table; returns the number of claims written. */
    static long write(ExportSnapshot snapshot, OutputStream out, Progress progress) throws IOException {
        List<Claim> claims = snapshot.claimsByArticle();
        long done = 0;
        try (CsvTable table = new CsvTable(out, HEADER)) {
            for (Claim claim : claims) {
                if (done % STEP == 0) {
                    progress.update(done, claims.size(), "Writing the claims");
                }
                table.row(row(snapshot, claim));
                done++;
            }
        }
        return done;
    }

    private static String[] row(ExportSnapshot snapshot, Claim claim) {
        Source source = snapshot.source(claim.sourceId());
        Quantity figure = claim.quantity();
        boolean dated = claim.refersTo().date().isKnown();
        return new String[] {source.title(), source.outlet(), PlainText.date(source.published()), claim.kind().key(),
            claim.status().key(), claim.textIn(source.text()), PlainText.number(claim.start()),
            PlainText.number(claim.end()), PlainText.number(figure.low()), PlainText.number(figure.high()),
            figure.qualifier(), figure.counted(), figure.role(), claim.subject(), claim.place(), claim.speaker(),
            claim.outlet(), claim.refersTo().words(), PlainText.date(claim.refersTo().date()),
            dated ? claim.refersTo().date().precision().key() : "", tags(snapshot, claim), claim.note(),
            snapshot.groupOf(claim.id()).map(ComparisonGroup::name).orElse(""), snapshot.chainOf(claim).describe()};
    }

    /** Tag names joined by "; ", sorted so that the same tags always read the same. */
    private static String tags(ExportSnapshot snapshot, Claim claim) {
        return claim.tagIds().stream().map(snapshot::tagName).filter(name -> !name.isEmpty()).sorted()
                .collect(Collectors.joining("; "));
    }
}
