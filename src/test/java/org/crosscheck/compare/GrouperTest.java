package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TimeReference;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class GrouperTest {

    private final Statements.Sample sample = new Statements.Sample();
    private final Statement troops = new Statement(new Claim(900, 4, 0, 12, ClaimKind.QUANTITY,
            ClaimStatus.CONFIRMED, ClaimOrigin.EXTRACTED, "United States", "", "", "Afghanistan", TimeReference.NONE,
            new Quantity(8400.0, 8400.0, "only", "troops", "troops"), Set.of(), ""), "Circa", "Circa",
            FuzzyDate.day(LocalDate.of(2017, 6, 19)), "8,400 troops", false);
    private final List<Statement> all = List.of(sample.russianStaff, sample.kabulov2015, sample.kabulov2017,
            sample.bortnikov, sample.afghanIntelligence, troops);

    @Test
    void statementsAboutTheSameThingInTheSamePlaceFormOneGroupEvenForANarrowerPlace() {
        List<ComparisonGroup> groups = Grouper.group(all, GroupEdits.NONE);

        assertThat(groups).extracting(ComparisonGroup::name)
                .containsExactly("Islamic State · fighters · Afghanistan", "United States · troops · Afghanistan");
        assertThat(groups.get(0).statements()).hasSize(5);
        assertThat(groups.get(0).sources()).isEqualTo(5);
    }

    @Test
    void everyPairOfAGroupGetsAVerdictAndTheMostContestedGroupComesFirst() {
        ComparisonGroup fighters = Grouper.group(all, GroupEdits.NONE).get(0);

        assertThat(fighters.verdicts()).hasSize(10);
        assertThat(fighters.contradictions()).isPositive();
    }

    @Test
    void statementsAreListedInTheOrderOfTheTimesTheyHoldFor() {
        ComparisonGroup fighters = Grouper.group(all, GroupEdits.NONE).get(0);

        assertThat(fighters.statements()).extracting(Statement::quote).containsExactly(
                "nearly 3,500 ISIS-linked jihadists", "about 2,000 to 3,000 militants", "roughly 3,000 fighters",
                "over 10,000 loyal fighters", "at least 5,000 fighters");
    }

    @Test
    void rejectedClaimsAndClaimsWithoutAFigureAreNotGrouped() {
        Statement rejected = new Statement(sample.kabulov2017.claim().withStatus(ClaimStatus.REJECTED), "", "",
                FuzzyDate.UNKNOWN, "x", false);
        Statement noFigure = new Statement(Claim.manual(7, 0, 5, ClaimKind.EVENT).withId(901), "", "",
                FuzzyDate.UNKNOWN, "event", false);

        assertThat(Grouper.group(List.of(rejected, noFigure), GroupEdits.NONE)).isEmpty();
    }

    @Test
    void figuresWithoutTheEntityTheyAreAboutAreNotGroupedAutomatically() {
        Statement percent = new Statement(new Claim(910, 4, 0, 5, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED,
                ClaimOrigin.EXTRACTED, "", "", "", "United Kingdom", TimeReference.NONE,
                new Quantity(5.0, 5.0, "", "%", "percent"), Set.of(), ""), "", "", FuzzyDate.UNKNOWN, "5%", false);

        assertThat(GroupKeys.of(percent)).isEmpty();
    }

    @Test
    void aLargeGroupIsComparedBySourcesSoItsVerdictsGrowWithTheSourcesNotTheStatementsSquared() {
        List<Statement> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // 300 statements from 60 sources, each source giving its figure five times
            many.add(Statements.fighters(i % 60, "figure " + i, 1000.0 + i % 60, 1000.0 + i % 60, "", "Afghanistan",
                    "S" + i % 60, LocalDate.of(2015, 1, 1).plusDays(i % 60)));
        }

        ComparisonGroup group = Grouper.group(many, GroupEdits.NONE).get(0);

        assertThat(group.statements()).hasSize(300);
        assertThat(group.comparedBySources()).isTrue();
        assertThat(SourcePairs.representatives(group.statements())).hasSize(60);
        assertThat(group.verdicts()).hasSizeLessThanOrEqualTo(60 * SourcePairs.NEIGHBOURS)
                .allMatch(v -> group.statements().get(v.a()).claim().sourceId()
                        != group.statements().get(v.b()).claim().sourceId());
    }

    @Test
    void aGroupAtTheThresholdStillComparesEveryPair() {
        List<Statement> many = new java.util.ArrayList<>();
        for (int i = 0; i < SourcePairs.SUMMARISE_ABOVE; i++) {
            many.add(Statements.fighters(i % 3, "figure " + i, 1000.0, 1000.0, "", "Afghanistan", "S" + i % 3,
                    LocalDate.of(2015, 1, 1).plusDays(i)));
        }

        ComparisonGroup group = Grouper.group(many, GroupEdits.NONE).get(0);

        assertThat(group.comparedBySources()).isFalse();
        assertThat(group.verdicts()).hasSize(SourcePairs.SUMMARISE_ABOVE * (SourcePairs.SUMMARISE_ABOVE - 1) / 2);
    }

    @Test
    void inALargeGroupAVerdictTheResearcherSetStandsEvenBetweenStatementsOfOneSource() {
        List<Statement> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(Statements.fighters(i % 10, "figure " + i, 1000.0 + i, 1000.0 + i, "", "Afghanistan", "S" + i % 10,
                    LocalDate.of(2015, 1, 1).plusDays(i)));
        }
        ComparisonGroup plain = Grouper.group(many, GroupEdits.NONE).get(0);
        long first = plain.statements().get(0).claim().id();
        long sameSource = plain.statements().get(10).claim().id();

        ComparisonGroup group = Grouper.group(many, GroupEdits.NONE.override(first, sameSource, Verdict.CONTRADICTS, "odd"))
                .get(0);

        assertThat(group.verdicts()).filteredOn(PairVerdict::overridden).singleElement()
                .satisfies(v -> assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTS))
                .satisfies(v -> assertThat(v.overrideNote()).isEqualTo("odd"));
    }

    @Test
    void handEditsRenameNoteMoveExcludeAndOverride() {
        String fightersId = Grouper.group(all, GroupEdits.NONE).get(0).id();
        long kabulov = sample.kabulov2017.claim().id();
        long staff = sample.russianStaff.claim().id();
        GroupEdits edits = GroupEdits.NONE
                .rename(fightersId, "ISIS fighters in Afghanistan")
                .note(fightersId, "Kabulov's figures grow")
                .exclude(sample.bortnikov.claim().id())
                .move(troops.claim().id(), fightersId)
                .override(kabulov, staff, Verdict.CHANGED_OVER_TIME, "two years apart");

        List<ComparisonGroup> groups = Grouper.group(all, edits);

        assertThat(groups).hasSize(1);
        ComparisonGroup group = groups.get(0);
        assertThat(group.name()).isEqualTo("ISIS fighters in Afghanistan");
        assertThat(group.note()).isEqualTo("Kabulov's figures grow");
        assertThat(group.statements()).extracting(Statement::quote)
                .doesNotContain("at least 5,000 fighters").contains("8,400 troops");
        PairVerdict overridden = group.verdicts().stream().filter(PairVerdict::overridden).findFirst().orElseThrow();
        assertThat(overridden.verdict()).isEqualTo(Verdict.CHANGED_OVER_TIME);
        assertThat(overridden.overrideNote()).isEqualTo("two years apart");
        assertThat(List.of(group.statements().get(overridden.a()).claim().id(),
                group.statements().get(overridden.b()).claim().id())).containsExactlyInAnyOrder(kabulov, staff);
    }

    @Test
    void mergingOneGroupIntoAnotherJoinsTheirStatements() {
        List<ComparisonGroup> before = Grouper.group(all, GroupEdits.NONE);

        List<ComparisonGroup> after = Grouper.group(all, GroupEdits.NONE.merge(before.get(1).id(), before.get(0).id()));

        assertThat(after).hasSize(1);
        assertThat(after.get(0).statements()).hasSize(6);
    }

    @Test
    void statementsLinkedByHandAsOneEventFormAGroupWithoutComputedVerdicts() {
        Statement a = new Statement(Claim.manual(1, 0, 10, ClaimKind.EVENT).withId(501), "", "",
                FuzzyDate.UNKNOWN, "Russia is willing to supply weapons", false);
        Statement b = new Statement(Claim.manual(4, 0, 10, ClaimKind.EVENT).withId(502), "", "",
                FuzzyDate.UNKNOWN, "supplying weapons to the Taliban", false);

        List<ComparisonGroup> groups = Grouper.group(List.of(a, b),
                GroupEdits.NONE.linkEvent("Russia arms the Taliban", Set.of(501L, 502L)));

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("Russia arms the Taliban");
            assertThat(group.isEvent()).isTrue();
            assertThat(group.statements()).hasSize(2);
            assertThat(group.verdicts()).isEmpty();
        });
    }
}
