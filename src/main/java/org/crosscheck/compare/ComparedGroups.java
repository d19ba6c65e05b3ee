package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparedBySources;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupKey;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

/**
 * Makes a {@link ComparisonGroup} as the comparison hands it on: with its statements' independent
 * origins found ({@link Origins}) and whether it was compared by sources ({@link SourcePairs}). Pure.
 */
public final class ComparedGroups {

    private ComparedGroups() {
    }

    /** A group of these statements, judged by these verdicts. */
    public static ComparisonGroup of(String id, String name, String note, GroupKey key, List<Statement> statements,
                                     List<PairVerdict> verdicts) {
        ComparedBySources bySources = SourcePairs.summarises(statements.size()) && comparesFigures(key, statements)
                ? SourcePairs.howCompared(statements) : null;
        return new ComparisonGroup(id, name, note, key, statements, verdicts, Origins.of(statements), bySources);
    }

    /**
     * The group with only the statements the researcher confirmed, and the verdicts between them;
     * suggestions nobody has reviewed are left out.
     */
    public static ComparisonGroup confirmedOnly(ComparisonGroup group) {
        List<Statement> statements = group.statements();
        int[] position = new int[statements.size()];
        List<Statement> kept = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            boolean confirmed = statements.get(i).claim().status() == ClaimStatus.CONFIRMED;
            position[i] = confirmed ? kept.size() : -1;
            if (confirmed) {
                kept.add(statements.get(i));
            }
        }
        if (kept.size() == statements.size()) {
            return group;
        }
        List<PairVerdict> between = group.verdicts().stream()
                .filter(pair -> position[pair.a()] >= 0 && position[pair.b()] >= 0)
                .map(pair -> pair.at(position[pair.a()], position[pair.b()])).toList();
        return of(group.id(), group.name(), group.note(), group.key(), kept, between);
    }

    /** A group of a key compares its figures; so does a hand-made group whose statements all have one. */
    static boolean comparesFigures(GroupKey key, List<Statement> statements) {
        return key != null || statements.stream().allMatch(statement -> statement.claim().quantity().low() != null
                || statement.claim().quantity().high() != null);
    }
}
