package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.GroupKey;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

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
        // the verdicts of one group need nothing of another's, and are most of the time on a large project
        List<ComparisonGroup> groups = new ArrayList<>(drafts.values()).parallelStream()
                .filter(draft -> !draft.statements.isEmpty())
                .map(draft -> finish(draft, edits))
                .toList();
        return ComparisonGroup.mostContestedFirst(groups);
    }

    /** Only the grouping, without verdicts: what the benchmark times. */
    static Map<String, List<Statement>> keysOnly(List<Statement> statements) {
        Map<String, List<Statement>> groups = new HashMap<>();
        for (Statement statement : statements) {
            GroupKeys.of(statement).ifPresent(key ->
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
            Optional<GroupKey> key = GroupKeys.of(statement);
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
        List<PairVerdict> verdicts = ComparedGroups.comparesFigures(draft.key, ordered) ? verdicts(ordered, edits)
                : overridesOnly(ordered, edits);
        return ComparedGroups.of(draft.id, name, edits.notes().getOrDefault(draft.id, ""), draft.key, ordered,
                verdicts);
    }

    /**
     * Every pair of a group gets a verdict, up to {@link SourcePairs#SUMMARISE_ABOVE} statements;
     * a larger group is compared by sources (see {@link SourcePairs}). A verdict the researcher set
     * stands either way, also between statements the sources' comparison leaves out.
     */
    private static List<PairVerdict> verdicts(List<Statement> statements, GroupEdits edits) {
        List<PairVerdict> verdicts = new ArrayList<>();
        if (!SourcePairs.summarises(statements.size())) {
            for (int a = 0; a < statements.size(); a++) {
                for (int b = a + 1; b < statements.size(); b++) {
                    verdicts.add(judged(a, b, statements, edits));
                }
            }
            return verdicts;
        }
        java.util.Set<Long> judged = new java.util.HashSet<>();
        for (int[] pair : SourcePairs.pairs(statements)) {
            verdicts.add(judged(pair[0], pair[1], statements, edits));
            judged.add(pairKey(pair[0], pair[1]));
        }
        Map<Long, Integer> positions = new HashMap<>();
        for (int index = 0; index < statements.size(); index++) {
            positions.put(statements.get(index).claim().id(), index);
        }
        for (GroupEdits.VerdictOverride override : edits.overrides()) {
            Integer a = positions.get(override.claimA());
            Integer b = positions.get(override.claimB());
            if (a != null && b != null && !a.equals(b) && judged.add(pairKey(a, b))) {
                verdicts.add(judged(Math.min(a, b), Math.max(a, b), statements, edits));
            }
        }
        return verdicts;
    }

    private static PairVerdict judged(int a, int b, List<Statement> statements, GroupEdits edits) {
        return overridden(VerdictRules.judge(a, b, statements.get(a), statements.get(b)), statements.get(a),
                statements.get(b), edits);
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
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
                .map(override -> computed.overriddenBy(override.verdict(), override.note()))
                .orElse(computed);
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
