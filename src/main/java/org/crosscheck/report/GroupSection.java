package org.crosscheck.report;

import java.util.List;
import java.util.Objects;

/**
 * One comparison group: the statements side by side, the interval chart and the verdicts.
 *
 * @param note  the researcher's note on the group; may be empty
 * @param chart the values drawn as intervals on one axis, or null when there is no chart
 * @param origins    one line per independent origin: "Zamir Kabulov: 5 statements in 2 articles (Breitbart News, RT)"
 * @param comparison how a large group was compared and what its verdicts came to; empty for a group
 *                   whose every pair was compared, where the verdicts say it all
 */
public record GroupSection(String name, String note, List<StatementRow> statements, Figure chart,
        List<VerdictRow> verdicts, String comparison, String counts, List<List<String>> bySource, Figure grid,
        List<String> why, List<String> origins) {

    public GroupSection {
        Objects.requireNonNull(name, "name");
        note = Objects.requireNonNullElse(note, "");
        comparison = Objects.requireNonNullElse(comparison, "");
        counts = Objects.requireNonNullElse(counts, "");
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        bySource = bySource == null ? List.of() : List.copyOf(bySource);
        why = why == null ? List.of() : List.copyOf(why);
        origins = origins == null ? List.of() : List.copyOf(origins);
    }

    /** The same section with other lines for its independent origins (the same ones, graded). */
    public GroupSection withOrigins(List<String> lines) {
        return new GroupSection(name, note, statements, chart, verdicts, comparison, counts, bySource, grid, why, lines);
    }

    /** A section without its independent origins. */
    public GroupSection(String name, String note, List<StatementRow> statements, Figure chart,
                        List<VerdictRow> verdicts, String comparison, String counts, List<List<String>> bySource,
                        Figure grid, List<String> why) {
        this(name, note, statements, chart, verdicts, comparison, counts, bySource, grid, why, List.of());
    }

    /** A section without the summary by source. */
    public GroupSection(String name, String note, List<StatementRow> statements, Figure chart,
                        List<VerdictRow> verdicts, String comparison) {
        this(name, note, statements, chart, verdicts, comparison, "", List.of(), null, List.of(), List.of());
    }

    /** A group whose every pair was compared. */
    public GroupSection(String name, String note, List<StatementRow> statements, Figure chart,
                        List<VerdictRow> verdicts) {
        this(name, note, statements, chart, verdicts, "");
    }
}
