package org.crosscheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.crosscheck.compare.Statement;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Outlets;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;

/**
 * The sample's two sources without an outlet are named in the charts as in the by-source table:
 * whole in the timeline's lane labels (window and report), and by their short title, never "outlet
 * unknown", in the interval chart's rows.
 */
class SourceNamesInChartsTest {

    private static final String TRAINING = "Islamic State group training Russian-born fighters in Afghanistan, diplomat says";
    private static final String AMASSES = "ISIS amasses 5,000 fighters on Afghan border with CARs: Russian official";

    @Test
    void theTimelineShowsASourceNamedByItsShortTitleWhole() {
        for (String title : new String[] {TRAINING, AMASSES}) {
            String name = Outlets.sourceName("", title);
            assertThat(TimelinePainter.laneLabelShown(name, TimelineGeometry.STANDARD)).isEqualTo(name);
        }
        assertThat(TimelinePainter.laneLabelShown("Breitbart News", TimelineGeometry.STANDARD)).isEqualTo("Breitbart News");
    }

    @Test
    void theIntervalChartNamesASourceWithoutAnOutletByItsShortTitle() {
        Claim claim = new Claim(1, 4, 0, 10, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED,
                "Islamic State", "Alexander Bortnikov", "", "Afghanistan", new TimeReference("", FuzzyDate.UNKNOWN),
                new Quantity(5000.0, 5000.0, "", "fighters", "fighters"), Set.of(), "");
        Statement statement = new Statement(claim, AMASSES, "", FuzzyDate.day(LocalDate.of(2018, 5, 18)),
                "5,000 fighters", false);

        assertThat(GroupChartData.rowLabel(statement))
                .isEqualTo("\u201cISIS amasses 5,000 fighters\u201d · Alexander Bortnikov ○")
                .doesNotContain(Outlets.UNKNOWN);
    }

    @Test
    void anIntervalChartRowLabelBreaksAtItsDotAndEndsWhole() {
        String label = "9  \u201cISIS amasses 5,000 fighters\u201d · A top Russian security official ○";
        // the report's interval chart has room for 38 characters a line
        assertThat(IntervalChartPainter.labelLines(label, 38, 28)).containsExactly(
                "9  \u201cISIS amasses 5,000 fighters\u201d", "   · A top Russian security official ○");
        assertThat(IntervalChartPainter.labelLines("1  Breitbart News · Zamir Kabulov ○", 38, 28))
                .containsExactly("1  Breitbart News · Zamir Kabulov ○");
    }
}
