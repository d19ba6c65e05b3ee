package org.crosscheck.model;

import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Verdict;

/**
 * Statements about the same quantity or event, with the verdict between each pair.
 *
 * @param id                "q:" + the key for a group built from a key, "e:" + a number for an event group
 *                          the researcher linked by hand; stable across re-scans, so hand edits find it again
 * @param key               the grouping key, or null for an event group
 * @param origins           the independent origins of its statements, in the order they first appear
 * @param bySources         how it was compared by sources, being large, rather than all pairs (its
 *                          verdicts are between one statement per source and figure); null when all pairs
 */
public record ComparisonGroup(String id, String name, String note, GroupKey key, List<Statement> statements,
                              List<PairVerdict> verdicts, List<Origin> origins, ComparedBySources bySources) {

    /** Most contradictions first, then the largest, then by name: where the researcher is needed most. */
    private static final Comparator<Counted> MOST_CONTESTED_FIRST =
            Comparator.comparingLong(Counted::contradictions).reversed()
                    .thenComparing(Comparator.comparingInt((Counted counted) -> counted.group().statements().size())
                            .reversed())
                    .thenComparing(counted -> counted.group().name(), String.CASE_INSENSITIVE_ORDER);

    /** A group with its contradictions counted once, for sorting. */
    private record Counted(ComparisonGroup group, long contradictions) {
    }

    /**
     * The groups, most contradictions first, then the largest, then by name: where the researcher is
     * needed most. Each group's contradictions are counted once, not again for every comparison of
     * the sort (a large group has tens of thousands of verdicts).
     */
    public static List<ComparisonGroup> mostContestedFirst(java.util.Collection<ComparisonGroup> groups) {
        return mostContestedFirst(groups, ComparisonGroup::contradictions);
    }

    public static List<ComparisonGroup> mostContestedFirst(java.util.Collection<ComparisonGroup> groups,
                                                    java.util.function.ToLongFunction<ComparisonGroup> contradictions) {
        return groups.stream().map(group -> new Counted(group, contradictions.applyAsLong(group)))
                .sorted(MOST_CONTESTED_FIRST).map(Counted::group)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public ComparisonGroup {
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        origins = List.copyOf(origins);
        note = note == null ? "" : note;
    }

    public long contradictions() {
        return verdicts.stream().filter(verdict -> verdict.verdict() == Verdict.CONTRADICTS).count();
    }

    /** "10 statements · 5 articles · 4 independent origins": what the evidence comes to. */
    public String evidence() {
        return evidence(statements.size(), sources(), origins().size());
    }

    public static String evidence(int statements, long articles, int origins) {
        return statements + (statements == 1 ? " statement · " : " statements · ") + articles
                + (articles == 1 ? " article · " : " articles · ") + Origin.count(origins);
    }

    public long sources() {
        return statements.stream().map(statement -> statement.claim().sourceId()).distinct().count();
    }

    /** The story its statements tell: the story of a story key, or the one story all its statements are in. */
    public java.util.Optional<Statement.StoryRef> story() {
        if (statements.isEmpty() || statements.get(0).story() == null) {
            return java.util.Optional.empty();
        }
        Statement.StoryRef first = statements.get(0).story();
        boolean shared = statements.stream().allMatch(statement -> first.equals(statement.story()));
        return shared ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    /** Whether, being large, it was compared by sources rather than all pairs (see {@link #bySources}). */
    public boolean comparedBySources() {
        return bySources != null;
    }

    public boolean isEvent() {
        return key == null;
    }
}
