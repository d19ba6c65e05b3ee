package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.Origin;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * The independent origins of a group's statements: statements whose chains meet at the same
 * original speaker ("Kabulov" in one article, "Zamir Kabulov" in another), or, when no speaker is
 * named, at the same first outlet, are one source of evidence however many articles repeat them.
 * A speaker only described ("a U.S. official", "Afghan intelligence officials") is one origin
 * within its article only: two articles' "officials" may be anyone. Pure.
 */
public final class Origins {

    private Origins() {
    }

    /** The origins of {@code statements}, in the order they first appear. */
    public static List<Origin> of(List<Statement> statements) {
        List<String> names = new ArrayList<>();
        List<Statement> firsts = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int position = 0; position < statements.size(); position++) {
            Statement statement = statements.get(position);
            int found = -1;
            for (int origin = 0; origin < firsts.size() && found < 0; origin++) {
                if (same(firsts.get(origin), statement)) {
                    found = origin;
                }
            }
            if (found < 0) {
                firsts.add(statement);
                names.add(name(statement));
                members.add(new ArrayList<>());
                found = firsts.size() - 1;
            }
            members.get(found).add(position);
            if (name(statement).length() > names.get(found).length() && SpeakerNames.isPersonName(name(statement))) {
                names.set(found, name(statement)); // "Zamir Kabulov" rather than "Kabulov"
            }
        }
        List<Origin> origins = new ArrayList<>();
        for (int origin = 0; origin < firsts.size(); origin++) {
            origins.add(new Origin(names.get(origin), members.get(origin)));
        }
        return origins;
    }

    /** Whether two statements come from one origin. */
    public static boolean same(Statement a, Statement b) {
        CitationChain chainA = a.chain();
        CitationChain chainB = b.chain();
        String originA = chainA.origin();
        String originB = chainB.origin();
        if (originA.isEmpty() || originB.isEmpty()) {
            return originA.isEmpty() && originB.isEmpty() && a.claim().sourceId() == b.claim().sourceId();
        }
        boolean described = !chainA.speaker().isEmpty() && SpeakerNames.isDescription(chainA.speaker())
                || !chainB.speaker().isEmpty() && SpeakerNames.isDescription(chainB.speaker());
        if (described && a.claim().sourceId() != b.claim().sourceId()) {
            return false;
        }
        if (chainA.speaker().isEmpty() != chainB.speaker().isEmpty()) {
            return false; // a person and an outlet on its own word are two origins
        }
        if (a.claim().sourceId() != b.claim().sourceId() && (a.apartFrom().contains(CitationChain.nameKey(originB))
                || b.apartFrom().contains(CitationChain.nameKey(originA)))) {
            return false; // the researcher said "Kabulov" here is not "Zamir Kabulov" there
        }
        return SpeakerNames.samePerson(originA, originB);
    }

    /** What an origin is called: the chain's origin, or the article's title when nothing is known. */
    static String name(Statement statement) {
        String origin = statement.chain().origin();
        return origin.isEmpty() ? statement.sourceTitle() : origin;
    }

    /**
     * How the group's independent origins relate, pair by pair: for every two origins the
     * weightiest verdict among their statements' pairs (contradicts first), counted by verdict.
     * Statement pairs of one origin are left out: an origin agreeing with itself corroborates nothing.
     */
    public static java.util.Map<Verdict, Integer> pairsByVerdict(ComparisonGroup group) {
        List<Origin> origins = of(group.statements());
        int[] originOf = new int[group.statements().size()];
        for (int origin = 0; origin < origins.size(); origin++) {
            for (int position : origins.get(origin).statements()) {
                originOf[position] = origin;
            }
        }
        java.util.Map<List<Integer>, java.util.Set<Verdict>> between = new java.util.LinkedHashMap<>();
        for (PairVerdict pair : group.verdicts()) {
            int a = originOf[pair.a()];
            int b = originOf[pair.b()];
            if (a != b) {
                between.computeIfAbsent(List.of(Math.min(a, b), Math.max(a, b)), key -> java.util.EnumSet.noneOf(Verdict.class))
                        .add(pair.verdict());
            }
        }
        java.util.Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
        for (java.util.Set<Verdict> verdicts : between.values()) {
            Verdict weightiest = GroupAtAGlance.WEIGHT.stream().filter(verdicts::contains).findFirst().orElseThrow();
            counts.merge(weightiest, 1, Integer::sum);
        }
        return counts;
    }
}
