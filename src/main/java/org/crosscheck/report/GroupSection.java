package org.crosscheck.report;

import java.util.List;
import java.util.Objects;

/**
 * One comparison group: the statements side by side, the interval chart and the verdicts.
 *
 * @param note  the researcher's note on the group; may be empty
 * @param chart the values drawn as intervals on one axis, or null when there is no chart
 */
public record GroupSection(String name, String note, List<StatementRow> statements, Figure chart,
        List<VerdictRow> verdicts) {

    public GroupSection {
        Objects.requireNonNull(name, "name");
        note = Objects.requireNonNullElse(note, "");
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
    }
}
