package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Outlets;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class GroupAtAGlanceTest {

    private final Statements.Sample sample = new Statements.Sample();
    /** RT's body repeats its headline's "over 10,000". */
    private final Statement kabulov2017Again = Statements.fighters(2, "over 10,000 fighters", 10_000.0, null, "over",
            "Afghanistan", "Zamir Kabulov", LocalDate.of(2017, 12, 23));

    private GroupAtAGlance fighters() {
        List<Statement> all = List.of(sample.russianStaff, sample.kabulov2015, sample.kabulov2017,
                kabulov2017Again, sample.kabulovCeiling, sample.afghanIntelligence, withStatus(sample.bortnikov,
                        ClaimStatus.SUGGESTED));
        ComparisonGroup group = Grouper.group(all, GroupEdits.NONE).stream()
                .filter(candidate -> candidate.statements().size() > 3).findFirst().orElseThrow();
        return SummaryBySource.of(group);
    }

    @Test
    void aSourceThatRepeatsAFigureIsOneRowGivingItOnceWithHowOften() {
        GroupAtAGlance glance = fighters();
        GroupAtAGlance.SourceRow rt = glance.row(2).orElseThrow();

        assertThat(glance.rows()).hasSize(5);
        assertThat(rt.statements()).hasSize(3);
        assertThat(rt.figures()).extracting(GroupAtAGlance.FigureGiven::withTimes)
                .containsExactly("≥ 10,000 ×2", "≤ 10,000");
        assertThat(rt.repeats()).isEqualTo(1);
        assertThat(rt.speakers()).containsExactly("Zamir Kabulov");
    }

    @Test
    void eachFigureIsGivenAsWrittenAndAsTheIntervalItIsComparedAs() {
        GroupAtAGlance glance = fighters();

        assertThat(glance.row(2).orElseThrow().figures().get(0).interval()).isEqualTo("10,000 – ∞");
        assertThat(glance.row(2).orElseThrow().figures().get(1).interval()).as("as many as 10,000, as it is read")
                .isEqualTo("5,000 – 10,000");
        assertThat(glance.row(4).orElseThrow().figures().get(0).interval()).isEqualTo("2,550 – 3,450");
        assertThat(glance.row(1).orElseThrow().holdsFor()).extracting(date -> date.display()).containsExactly("2015-10");
        assertThat(glance.row(1).orElseThrow().said().display()).isEqualTo("2015-12-23");
    }

    @Test
    void contradictionsAreCountedByPairsOfSourcesNotOfStatements() {
        GroupAtAGlance glance = fighters();
        GroupAtAGlance.SourcePair rtAgainstCirca = glance.pair(4, 2).orElseThrow();

        assertThat(rtAgainstCirca.verdict()).isEqualTo(Verdict.CONTRADICTS);
        assertThat(rtAgainstCirca.counts().get(Verdict.CONTRADICTS)).as("RT's figures against Circa, each a statement pair")
                .isGreaterThanOrEqualTo(2);
        assertThat(glance.counts()).isEqualTo(glance.statements() + " statements · 5 articles · "
                + glance.origins().size() + " independent origins · " + glance.contradictingPairs() + " pairs contradict ("
                + glance.contradictingLetters() + ")");
        assertThat(glance.contradictingPairs()).isLessThan(glance.pairs().size());
        assertThat(glance.pairs()).noneMatch(pair -> pair.sourceA() == pair.sourceB());
    }

    @Test
    void theCountsNameWhichPairsOfSourcesContradictByTheirRowsLetters() {
        GroupAtAGlance glance = fighters();
        String circa = glance.row(2).orElseThrow().letter();
        String rt = glance.row(4).orElseThrow().letter();

        assertThat(glance.contradictingLetters().split(", ")).hasSize((int) glance.contradictingPairs())
                .allMatch(pair -> pair.matches("[A-Z]\u00a0×\u00a0[A-Z]"))
                .contains(circa.compareTo(rt) < 0 ? circa + "\u00a0×\u00a0" + rt : rt + "\u00a0×\u00a0" + circa);
        assertThat(glance.counts()).endsWith(" pairs contradict (" + glance.contradictingLetters() + ")");
    }

    @Test
    void aSourceWithNoOutletIsNamedByItsTitleSoTwoOfThemCanBeToldApart() {
        assertThat(row("ISIS has over 10,000 fighters in Afghanistan", "RT").name()).isEqualTo("RT");
        assertThat(row("Islamic State group training Russian-born fighters in Afghanistan", Outlets.UNKNOWN).name())
                .isEqualTo("\u201cIslamic State group training\u201d");
        assertThat(row("ISIS amasses fighters", Outlets.UNKNOWN).name()).isEqualTo("\u201cISIS amasses fighters\u201d");
    }

    private static GroupAtAGlance.SourceRow row(String title, String outlet) {
        return new GroupAtAGlance.SourceRow(1, "A", title, outlet, List.of(), org.crosscheck.model.FuzzyDate.UNKNOWN,
                List.of(), List.of(), List.of(0), 0);
    }

    @Test
    void eachRowSaysWhetherItsStatementsWereConfirmedOrAreSuggestions() {
        GroupAtAGlance glance = fighters();

        assertThat(glance.row(3).orElseThrow().review()).isEqualTo("suggested");
        assertThat(glance.row(2).orElseThrow().review()).isEqualTo("confirmed");
        assertThat(glance.confirmed()).isEqualTo(glance.statements() - 1);
    }

    @Test
    void aGroupOfOneSourceSaysOnlyThat() {
        ComparisonGroup one = Grouper.group(List.of(sample.kabulov2017, kabulov2017Again), GroupEdits.NONE).get(0);

        assertThat(SummaryBySource.of(one).counts()).isEqualTo("2 statements · 1 article · 1 independent origin");
        assertThat(SummaryBySource.of(one).pairs()).isEmpty();
    }

    private static Statement withStatus(Statement statement, ClaimStatus status) {
        return new Statement(statement.claim().withStatus(status), statement.sourceTitle(), statement.outlet(),
                statement.published(), statement.quote(), statement.trendWords());
    }

    @Test
    void aGroupLimitedToConfirmedStatementsKeepsOnlyTheirVerdicts() {
        List<Statement> all = List.of(sample.russianStaff, withStatus(sample.kabulov2015, ClaimStatus.SUGGESTED),
                sample.kabulov2017, sample.afghanIntelligence);
        ComparisonGroup group = Grouper.group(all, GroupEdits.NONE).get(0);

        ComparisonGroup confirmed = ComparedGroups.confirmedOnly(group);

        assertThat(confirmed.statements()).hasSize(3)
                .allMatch(statement -> statement.claim().status() == ClaimStatus.CONFIRMED);
        assertThat(confirmed.verdicts()).hasSize(3).allMatch(pair -> pair.a() < 3 && pair.b() < 3);
        assertThat(confirmed.verdicts()).extracting(PairVerdict::reason)
                .noneMatch(reason -> reason.contains("nearly 3,500"));
    }
}
