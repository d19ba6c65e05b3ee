package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crosscheck.model.chart.IntervalScale.Tick;
import org.junit.jupiter.api.Test;

class IntervalScaleTest {

    private static final double LEFT = 100;
    private static final double RIGHT = 600;

    @Test
    void figuresWithinOneOrderOfMagnitudeGetALinearAxis() {
        IntervalScale scale = scaleOf(statement(2_000.0, 3_000.0), statement(3_500.0, 3_500.0),
                statement(10_000.0, null));

        assertThat(scale.isLogarithmic()).isFalse();
        assertThat(scale.domainMin()).isEqualTo(2_000.0);
        assertThat(scale.domainMax()).isEqualTo(10_000.0);
        assertThat(labels(scale)).containsExactly("2,000", "4,000", "6,000", "8,000", "10,000");
    }

    @Test
    void figuresThatSpanAFactorOfTwentyGetALogarithmicAxis() {
        IntervalScale scale = scaleOf(statement(500.0, 500.0), statement(10_000.0, null));

        assertThat(scale.isLogarithmic()).isTrue();
        assertThat(scale.domainMin()).isEqualTo(100.0);
        assertThat(scale.domainMax()).isEqualTo(10_000.0);
        assertThat(labels(scale)).containsExactly("100", "200", "500", "1,000", "2,000", "5,000", "10,000");
    }

    @Test
    void justUnderTheRatioStaysLinear() {
        assertThat(scaleOf(statement(500.0, 9_999.0)).isLogarithmic()).isFalse();
        assertThat(scaleOf(statement(500.0, 10_000.0)).isLogarithmic()).isTrue();
    }

    @Test
    void aLogAxisOverManyDecadesTicksOnlyTheDecades() {
        IntervalScale scale = scaleOf(statement(3.0, 2_000_000.0));

        assertThat(labels(scale)).containsExactly("1", "10", "100", "1,000", "10,000", "100,000", "1,000,000", "10,000,000");
    }

    @Test
    void aLogAxisPlacesDecadesEvenly() {
        IntervalScale scale = scaleOf(statement(10.0, 1_000.0));

        double tenToHundred = scale.toX(100) - scale.toX(10);
        double hundredToThousand = scale.toX(1_000) - scale.toX(100);

        assertThat(tenToHundred).isCloseTo(hundredToThousand, within(1e-9));
    }

    @Test
    void zeroOrNegativeFiguresNeverGoLogarithmic() {
        assertThat(scaleOf(statement(0.0, 5_000.0)).isLogarithmic()).isFalse();
        assertThat(scaleOf(statement(-10.0, 5_000.0)).isLogarithmic()).isFalse();
    }

    @Test
    void openEndsReachTheAxisEdgesBeyondTheLargestFigure() {
        IntervalScale scale = scaleOf(statement(null, 3_000.0), statement(10_000.0, null));

        assertThat(scale.lowX(null)).isEqualTo(LEFT);
        assertThat(scale.highX(null)).isEqualTo(RIGHT);
        assertThat(scale.toX(10_000)).isLessThan(RIGHT);
        assertThat(scale.toX(scale.domainMin())).isGreaterThan(LEFT);
    }

    @Test
    void valuesGrowFromLeftToRight() {
        IntervalScale scale = scaleOf(statement(2_000.0, 3_000.0), statement(5_000.0, 5_000.0));

        assertThat(scale.toX(2_000)).isLessThan(scale.toX(3_000));
        assertThat(scale.toX(3_000)).isLessThan(scale.toX(5_000));
    }

    @Test
    void aSingleFigureGetsARangeAroundIt() {
        IntervalScale scale = scaleOf(statement(3_000.0, 3_000.0));

        assertThat(scale.domainMin()).isLessThan(3_000.0);
        assertThat(scale.domainMax()).isGreaterThan(3_000.0);
        assertThat(scale.toX(3_000)).isBetween(LEFT, RIGHT);
    }

    @Test
    void noFiguresAtAllStillGiveAUsableAxis() {
        IntervalScale scale = scaleOf(statement(null, null));

        assertThat(scale.ticks()).isNotEmpty();
        assertThat(scale.toX(0.5)).isBetween(LEFT, RIGHT);
    }

    @Test
    void figuresAreWrittenWithThousandsSeparatorsAndNoTrailingZeros() {
        assertThat(IntervalScale.format(10_000)).isEqualTo("10,000");
        assertThat(IntervalScale.format(1_234_567.5)).isEqualTo("1,234,567.5");
        assertThat(IntervalScale.format(0.25)).isEqualTo("0.25");
        assertThat(IntervalScale.format(300)).isEqualTo("300");
    }

    @Test
    void smallFractionalStepsDoNotDriftIntoLongDecimals() {
        IntervalScale scale = scaleOf(statement(0.1, 0.7));

        assertThat(labels(scale)).allSatisfy(label -> assertThat(label.length()).isLessThanOrEqualTo(4));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(NiceTicks.step(1_300)).isEqualTo(2_000.0);
        assertThat(NiceTicks.step(3_000)).isEqualTo(5_000.0);
        assertThat(NiceTicks.step(0.07)).isCloseTo(0.1, within(1e-12));
        assertThat(NiceTicks.step(1_000)).isEqualTo(1_000.0);
    }

    @Test
    void onANarrowLogAxisTheDecadeLabelsWinOverTheInBetweenOnes() {
        IntervalScale scale = IntervalScale.fit(List.of(statement(300.0, 40_000.0)), 0, 300);

        List<String> shown = AxisLabels.fitting(scale, 6.5).stream().map(AxisLabels.Label::text).toList();

        assertThat(shown).contains("100", "1,000", "10,000", "100,000");
        assertThat(shown.size()).isLessThan(scale.ticks().size());
    }

    @Test
    void onAWideAxisEveryLabelFits() {
        IntervalScale scale = IntervalScale.fit(List.of(statement(300.0, 40_000.0)), 0, 1_200);

        assertThat(AxisLabels.fitting(scale, 6.5)).hasSameSizeAs(scale.ticks());
    }

    private static IntervalScale scaleOf(IntervalStatement... statements) {
        return IntervalScale.fit(List.of(statements), LEFT, RIGHT);
    }

    private static IntervalStatement statement(Double low, Double high) {
        return new IntervalStatement("source", low, high, "", 0);
    }

    private static List<String> labels(IntervalScale scale) {
        return scale.ticks().stream().map(Tick::label).toList();
    }
}
