package org.crosscheck.compare;

import java.util.Comparator;
import java.util.List;

/**
 * Statements about the same quantity or event, with the verdict between each pair.
 *
 * @param id     "q:" + the key for a group built from a key, "e:" + a number for an event group
 *               the researcher linked by hand; stable across re-scans, so hand edits find it again
 * @param key    the grouping key, or null for an event group
 */
public record ComparisonGroup(String id, String name, String note, GroupKey key, List<Statement> statements,
                              List<PairVerdict> verdicts) {

    /** Most contradictions first, then the largest, then by name: where the researcher is needed most. */
    public static final Comparator<ComparisonGroup> MOST_CONTESTED_FIRST =
            Comparator.comparingLong(ComparisonGroup::contradictions).reversed()
                    .thenComparing(Comparator.comparingInt((ComparisonGroup group) -> group.statements().size())
                            .reversed())
                    .thenComparing(ComparisonGroup::name, String.CASE_INSENSITIVE_ORDER);

    public ComparisonGroup {
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        note = note == null ? "" : note;
    }

    public long contradictions() {
        return verdicts.stream().filter(verdict -> verdict.verdict() == Verdict.CONTRADICTS).count();
    }

    public long sources() {
        return statements.stream().map(statement -> statement.claim().sourceId()).distinct().count();
    }

    public boolean isEvent() {
        return key == null;
    }
}
