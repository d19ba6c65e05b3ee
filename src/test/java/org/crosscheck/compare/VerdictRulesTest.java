package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.Figures;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {

    private final Statements.Sample sample = new Statements.Sample();

    private static Verdict verdict(Statement a, Statement b) {
        return VerdictRules.judge(0, 1, a, b).verdict();
    }

    @Test
    void overTenThousandContradictsRoughlyThreeThousandSixMonthsEarlier() {
        assertThat(verdict(sample.kabulov2017, sample.afghanIntelligence)).isEqualTo(Verdict.CONTRADICTS);
    }

    @Test
    void twoToThreeThousandIsInTensionWithNearlyThirtyFiveHundredTheSameMonth() {
        assertThat(verdict(sample.russianStaff, sample.kabulov2015)).isEqualTo(Verdict.TENSION);
    }

    @Test
    void touchingIntervalsAreInTensionNotAgreement() {
        Statement goldStyle = Statements.fighters(1, "nearly 3,500", 3000.0, 3500.0, "nearly", "Afghanistan",
                "Zamir Kabulov", LocalDate.of(2015, 12, 23), Statements.month(2015, 10));

        assertThat(verdict(sample.russianStaff, goldStyle)).isEqualTo(Verdict.TENSION);
    }

    @Test
    void overlappingRangesAgreeEvenTwentyMonthsApart() {
        assertThat(verdict(sample.russianStaff, sample.afghanIntelligence)).isEqualTo(Verdict.AGREES);
    }

    @Test
    void aFigureForTheNorthOnlyIsADifferentScopeFromTheCountryWide() {
        assertThat(verdict(sample.bortnikov, sample.kabulov2017)).isEqualTo(Verdict.DIFFERENT_SCOPE);
        assertThat(verdict(sample.kabulov2017, sample.bortnikov)).isEqualTo(Verdict.DIFFERENT_SCOPE);
    }

    @Test
    void farApartFiguresTwoYearsApartHaveChangedOverTime() {
        assertThat(verdict(sample.kabulov2015, sample.kabulov2017)).isEqualTo(Verdict.CHANGED_OVER_TIME);
    }

    @Test
    void aFloorAndACeilingAtTheSameFigureAreInTension() {
        assertThat(verdict(sample.kabulov2017, sample.kabulovCeiling)).isEqualTo(Verdict.TENSION);
    }

    @Test
    void asManyAsAssertsAHighFigureSoItContradictsAFarLowerOneOfTheSameYear() {
        // read as 5,000–10,000, not 0–10,000: "roughly 3,000" six months earlier is far below it
        PairVerdict pair = VerdictRules.judge(0, 1, sample.afghanIntelligence, sample.kabulovCeiling);
        assertThat(pair.verdict()).isEqualTo(Verdict.CONTRADICTS);
        assertThat(pair.reason()).contains("read as 5,000–10,000");
    }

    @Test
    void inTheHundredsAgreesWithSeveralHundred() {
        Statement hundreds = Statements.fighters(4, "in the hundreds", 100.0, 999.0, "hundreds", "Afghanistan",
                "Afghan intelligence officials", LocalDate.of(2017, 6, 19));
        Statement several = Statements.fighters(4, "Several hundred fighters", 200.0, 999.0, "several hundred",
                "Afghanistan", "Afghan intelligence officials", LocalDate.of(2017, 6, 19));

        assertThat(verdict(hundreds, several)).isEqualTo(Verdict.AGREES);
    }

    @Test
    void aSingleFigureInsideARangeAgrees() {
        Statement point = Statements.fighters(5, "3,000 fighters", 3000.0, 3000.0, "", "Afghanistan", "A",
                LocalDate.of(2017, 6, 1));

        assertThat(verdict(point, sample.russianStaff)).isEqualTo(Verdict.AGREES);
    }

    @Test
    void farApartFiguresTheSameYearChangeWhenTheTextSaysTheNumberIsGrowing() {
        Statement growing = new Statement(sample.kabulov2017.claim(), "RT", "RT",
                sample.kabulov2017.published(), "over 10,000", true);

        assertThat(verdict(growing, sample.afghanIntelligence)).isEqualTo(Verdict.CHANGED_OVER_TIME);
    }

    @Test
    void twoDifferentPartsOfACountryAreDifferentScopes() {
        Statement east = Statements.fighters(5, "1,000 in the east", 1000.0, 1000.0, "", "eastern Afghanistan",
                "B", LocalDate.of(2018, 5, 1));

        assertThat(verdict(sample.bortnikov, east)).isEqualTo(Verdict.DIFFERENT_SCOPE);
    }

    @Test
    void theReasonGivesBothFiguresTheTimeBetweenThemAndTheSpeakers() {
        String reason = VerdictRules.judge(0, 1, sample.kabulov2017, sample.afghanIntelligence).reason();

        assertThat(reason).isEqualTo("≥ 10,000 vs ≈ 3,000 (2,550–3,450): far apart; 6 months apart; "
                + "different speakers (Zamir Kabulov; Afghan intelligence officials)");
    }

    @Test
    void anOutletThatCarriedTheFigureIsNotNamedAsItsSpeaker() {
        Statement circaA = fromOutlet(Statements.fighters(3, "roughly 3,000", 2550.0, 3450.0, "roughly",
                "Afghanistan", "", LocalDate.of(2017, 6, 19)), "Circa");
        Statement circaB = fromOutlet(Statements.fighters(3, "over 10,000", 10000.0, null, "over",
                "Afghanistan", "", LocalDate.of(2017, 6, 19)), "Circa");

        String reason = VerdictRules.judge(0, 1, circaA, circaB).reason();

        // no speaker: the outlet is where the words start, one origin for both, and no speaker
        assertThat(reason).doesNotContain("same speaker").doesNotContain("(Circa)")
                .endsWith("same origin: both Circa, a self-revision");
    }

    private static Statement fromOutlet(Statement statement, String outlet) {
        return new Statement(statement.claim(), statement.sourceTitle(), outlet, statement.published(),
                statement.quote(), false);
    }

    @Test
    void aStatedRangeIsShownAsARangeAndAHedgedFigureAsTheFigureGiven() {
        assertThat(Figures.of(sample.russianStaff.claim().quantity())).isEqualTo("≈ 2,000–3,000");
        assertThat(Figures.of(sample.afghanIntelligence.claim().quantity())).isEqualTo("≈ 3,000 (2,550–3,450)");
    }

    @Test
    void theReasonOfAChangeNamesTheSameSpeakerAndTheYearsBetween() {
        String reason = VerdictRules.judge(0, 1, sample.kabulov2015, sample.kabulov2017).reason();

        assertThat(reason).isEqualTo("nearly 3,500 (3,150–3,500) vs ≥ 10,000: far apart, at different times; "
                + "2 years apart; same origin: both Zamir Kabulov, a self-revision");
    }

    @Test
    void theReasonOfAScopeDifferenceNamesThePart() {
        String reason = VerdictRules.judge(0, 1, sample.bortnikov, sample.kabulov2017).reason();

        assertThat(reason).startsWith("≥ 5,000 vs ≥ 10,000: only northern Afghanistan against all of Afghanistan");
    }
}
