package org.crosscheck.service;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * A statement a ClaimReview is published for: confirmed by the researcher, with a verdict other than
 * agrees against at least one other confirmed statement of its group. Only confirmed statements
 * count on either side: a suggestion nobody has looked at is no ground for a published rating.
 *
 * @param counterparts every other confirmed statement of the group it has a verdict with, agreeing or not
 */
record ReviewedStatement(ComparisonGroup group, Statement statement, List<Counterpart> counterparts) {

    /** Another statement of the group and the verdict between the two (the researcher's, when overridden). */
    record Counterpart(Statement other, PairVerdict pair) {

        Verdict verdict() {
            return pair.verdict();
        }
    }

    ReviewedStatement {
        counterparts = List.copyOf(counterparts);
    }

    /** The statements to review in these groups, group by group, each group's in its own order. */
    static List<ReviewedStatement> in(List<ComparisonGroup> groups) {
        List<ReviewedStatement> reviewed = new ArrayList<>();
        for (ComparisonGroup group : groups) {
            for (int index = 0; index < group.statements().size(); index++) {
                Statement statement = group.statements().get(index);
                if (!confirmed(statement)) {
                    continue;
                }
                List<Counterpart> counterparts = counterparts(group, index);
                if (counterparts.stream().anyMatch(counterpart -> counterpart.verdict() != Verdict.AGREES)) {
                    reviewed.add(new ReviewedStatement(group, statement, counterparts));
                }
            }
        }
        return reviewed;
    }

    private static List<Counterpart> counterparts(ComparisonGroup group, int index) {
        List<Counterpart> counterparts = new ArrayList<>();
        for (PairVerdict pair : group.verdicts()) {
            int other = pair.a() == index ? pair.b() : pair.b() == index ? pair.a() : -1;
            if (other >= 0 && confirmed(group.statements().get(other))) {
                counterparts.add(new Counterpart(group.statements().get(other), pair));
            }
        }
        return counterparts;
    }

    private static boolean confirmed(Statement statement) {
        return statement.claim().status() == ClaimStatus.CONFIRMED;
    }
}
