package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** The group list's order: most contradictions first, then the largest, then by name; each group counted once. */
class MostContestedFirstTest {

    private final Statements.Sample sample = new Statements.Sample();

    @Test
    void mostContradictionsComeFirstThenTheLargestThenByName() {
        ComparisonGroup calm = group("calm", 0, 4);
        ComparisonGroup bigCalm = group("Big calm", 0, 6);
        ComparisonGroup contested = group("contested", 3, 4);
        ComparisonGroup alsoCalm = group("also calm", 0, 4);

        assertThat(ComparisonGroup.mostContestedFirst(List.of(calm, bigCalm, contested, alsoCalm)))
                .extracting(ComparisonGroup::name).containsExactly("contested", "Big calm", "also calm", "calm");
    }

    @Test
    void eachGroupsContradictionsAreCountedOnceWhateverTheNumberOfComparisons() {
        List<ComparisonGroup> groups = new ArrayList<>();
        for (int index = 0; index < 500; index++) {
            groups.add(group("group " + index, index % 7, 2 + index % 5));
        }
        AtomicInteger counted = new AtomicInteger();

        List<ComparisonGroup> sorted = ComparisonGroup.mostContestedFirst(groups, group -> {
            counted.incrementAndGet();
            return group.contradictions();
        });

        assertThat(counted).hasValue(500);
        assertThat(sorted).hasSize(500);
        assertThat(sorted.get(0).contradictions()).isEqualTo(6);
        assertThat(sorted.get(499).contradictions()).isZero();
    }

    /** A group of {@code size} statements, {@code contradictions} of whose verdicts contradict. */
    private ComparisonGroup group(String name, int contradictions, int size) {
        List<Statement> statements = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            statements.add(index % 2 == 0 ? sample.kabulov2017 : sample.afghanIntelligence);
        }
        List<PairVerdict> verdicts = new ArrayList<>();
        for (int index = 0; index < Math.max(contradictions, 1); index++) {
            Verdict verdict = index < contradictions ? Verdict.CONTRADICTS : Verdict.AGREES;
            verdicts.add(new PairVerdict(0, 1, verdict, "", false, ""));
        }
        return ComparedGroups.of("q:" + name, name, "", null, statements, verdicts);
    }
}
