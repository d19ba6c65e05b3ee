package org.crosscheck.compare;

import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Verdict;

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

    static List<ComparisonGroup> mostContestedFirst(java.util.Collection<ComparisonGroup> groups,
                                                    java.util.function.ToLongFunction<ComparisonGroup> contradictions) {
        return groups.stream().map(group -> new Counted(group, contradictions.applyAsLong(group)))
                .sorted(MOST_CONTESTED_FIRST).map(Counted::group)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public ComparisonGroup {
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        note = note == null ? "" : note;
    }

    public long contradictions() {
        return verdicts.stream().filter(verdict -> verdict.verdict() == Verdict.CONTRADICTS).count();
    }

    /** The independent origins of its statements (see {@link Origins}). */
    public List<Origins.Origin> origins() {
        return Origins.of(statements);
    }

    /** "10 statements · 5 articles · 4 independent origins": what the evidence comes to. */
    public String evidence() {
        return evidence(statements.size(), sources(), origins().size());
    }

    public static String evidence(int statements, long articles, int origins) {
        return statements + (statements == 1 ? " statement · " : " statements · ") + articles
                + (articles == 1 ? " article · " : " articles · ") + Origins.count(origins);
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

    /**
     * The group with only the statements the researcher confirmed, and the verdicts between them;
     * suggestions nobody has reviewed are left out.
     */
    public ComparisonGroup confirmedOnly() {
        int[] position = new int[statements.size()];
        List<Statement> kept = new java.util.ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            boolean confirmed = statements.get(i).claim().status() == org.crosscheck.model.ClaimStatus.CONFIRMED;
            position[i] = confirmed ? kept.size() : -1;
            if (confirmed) {
                kept.add(statements.get(i));
            }
        }
        if (kept.size() == statements.size()) {
            return this;
        }
        List<PairVerdict> between = verdicts.stream().filter(pair -> position[pair.a()] >= 0 && position[pair.b()] >= 0)
                .map(pair -> pair.at(position[pair.a()], position[pair.b()])).toList();
        return new ComparisonGroup(id, name, note, key, kept, between);
    }

    public boolean isEvent() {
        return key == null;
    }

    /**
     * Whether the group was compared by sources rather than all pairs, because it is large: its
     * verdicts are between one statement per source and figure (see {@link SourcePairs}).
     */
    public boolean comparedBySources() {
        return SourcePairs.summarises(statements.size()) && comparesFigures(key, statements);
    }

    /** A group of a key compares its figures; so does a hand-made group whose statements all have one. */
    static boolean comparesFigures(GroupKey key, List<Statement> statements) {
        return key != null || statements.stream().allMatch(statement -> statement.claim().quantity().low() != null
                || statement.claim().quantity().high() != null);
    }
}
