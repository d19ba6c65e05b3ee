package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the comparison groups: statements with a figure by their {@link GroupKey} (one hash
 * lookup each, never a comparison of all pairs), then the researcher's hand edits on top, then
 * the verdicts within each group. Pure and thread-safe.
 */
public final class Grouper {

    private Grouper() {
    }

    /** The groups of these statements, sorted most contested first. */
    public static List<ComparisonGroup> group(List<Statement> statements, GroupEdits edits) {
        Map<String, Draft> drafts = draftsByKey(statements, edits);
        addEvents(statements, edits, drafts);
        List<ComparisonGroup> groups = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (!draft.statements.isEmpty()) {
                groups.add(finish(draft, edits));
            }
        }
        groups.sort(ComparisonGroup.MOST_CONTESTED_FIRST);
        return groups;
    }

    /** Only the grouping, without verdicts: what the benchmark times. */
    static Map<String, List<Statement>> keysOnly(List<Statement> statements) {
        Map<String, List<Statement>> groups = new HashMap<>();
        for (Statement statement : statements) {
            GroupKey.of(statement).ifPresent(key ->
                    groups.computeIfAbsent(key.id(), id -> new ArrayList<>()).add(statement));
        }
        return groups;
    }

    private static Map<String, Draft> draftsByKey(List<Statement> statements, GroupEdits edits) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Statement statement : statements) {
            long claimId = statement.claim().id();
            if (edits.excluded().contains(claimId)) {
                continue;
            }
            Optional<GroupKey> key = GroupKey.of(statement);
            String moved = edits.moves().get(claimId);
            if (moved == null && key.isEmpty()) {
                continue;
            }
            String groupId = edits.resolve(moved != null ? moved : "q:" + key.get().id());
            Draft draft = drafts.computeIfAbsent(groupId, id -> new Draft(id, null));
            if (draft.key == null && key.isPresent() && groupId.equals("q:" + key.get().id())) {
                draft.key = key.get();
            }
            draft.statements.add(statement);
        }
        return drafts;
    }

    private static void addEvents(List<Statement> statements, GroupEdits edits, Map<String, Draft> drafts) {
        Map<Long, Statement> byClaim = new HashMap<>();
        statements.forEach(statement -> byClaim.put(statement.claim().id(), statement));
        for (GroupEdits.EventLink event : edits.events()) {
            Draft draft = drafts.computeIfAbsent(edits.resolve(event.id()), id -> new Draft(id, event.name()));
            event.claimIds().stream().sorted().map(byClaim::get)
                    .filter(statement -> statement != null && !edits.excluded().contains(statement.claim().id()))
                    .filter(statement -> !draft.statements.contains(statement))
                    .forEach(draft.statements::add);
        }
    }

    private static ComparisonGroup finish(Draft draft, GroupEdits edits) {
        List<Statement> ordered = new ArrayList<>(draft.statements);
        ordered.sort(java.util.Comparator.comparing((Statement statement) -> statement.when().isKnown()
                ? statement.when().date() : java.time.LocalDate.MAX).thenComparingLong(s -> s.claim().id()));
        String name = edits.names().getOrDefault(draft.id, draft.key != null ? draft.key.display()
                : draft.eventName != null ? draft.eventName : draft.id);
        boolean figures = draft.key != null || ordered.stream().allMatch(Grouper::hasFigure);
        List<PairVerdict> verdicts = figures ? verdicts(ordered, edits) : overridesOnly(ordered, edits);
        return new ComparisonGroup(draft.id, name, edits.notes().getOrDefault(draft.id, ""), draft.key, ordered,
                verdicts);
    }

    /**
     * Every pair of a group gets a verdict, up to this many statements; in a larger group each
     * statement is compared with its {@link #NEIGHBOURS_IN_LARGE_GROUPS} nearest in time, since
     * hundreds of thousands of verdicts help no one and would take seconds to compute.
     */
    public static final int ALL_PAIRS_UP_TO = 200;
    public static final int NEIGHBOURS_IN_LARGE_GROUPS = 20;

    private static List<PairVerdict> verdicts(List<Statement> statements, GroupEdits edits) {
        List<PairVerdict> verdicts = new ArrayList<>();
        int reach = statements.size() <= ALL_PAIRS_UP_TO ? statements.size() : NEIGHBOURS_IN_LARGE_GROUPS;
        for (int a = 0; a < statements.size(); a++) {
            for (int b = a + 1; b < Math.min(statements.size(), a + 1 + reach); b++) {
                PairVerdict computed = VerdictRules.judge(a, b, statements.get(a), statements.get(b));
                verdicts.add(overridden(computed, statements.get(a), statements.get(b), edits));
            }
        }
        return verdicts;
    }

    /** Statements of an event have no figures to compare; only the researcher's verdicts stand. */
    private static List<PairVerdict> overridesOnly(List<Statement> statements, GroupEdits edits) {
        List<PairVerdict> verdicts = new ArrayList<>();
        for (int a = 0; a < statements.size(); a++) {
            for (int b = a + 1; b < statements.size(); b++) {
                long first = statements.get(a).claim().id();
                long second = statements.get(b).claim().id();
                int indexA = a;
                int indexB = b;
                edits.overrides().stream().filter(override -> override.concerns(first, second)).findFirst()
                        .ifPresent(override -> verdicts.add(new PairVerdict(indexA, indexB, override.verdict(),
                                "set by the researcher", true, override.note())));
            }
        }
        return verdicts;
    }

    private static PairVerdict overridden(PairVerdict computed, Statement a, Statement b, GroupEdits edits) {
        return edits.overrides().stream()
                .filter(override -> override.concerns(a.claim().id(), b.claim().id()))
                .findFirst()
                .map(override -> new PairVerdict(computed.a(), computed.b(), override.verdict(),
                        computed.reason(), true, override.note()))
                .orElse(computed);
    }

    private static boolean hasFigure(Statement statement) {
        return statement.claim().quantity().low() != null || statement.claim().quantity().high() != null;
    }

    /** A group being assembled. */
    private static final class Draft {
        private final String id;
        private final String eventName;
        private final List<Statement> statements = new ArrayList<>();
        private GroupKey key;

        Draft(String id, String eventName) {
            this.id = id;
            this.eventName = eventName;
        }
    }
}
