package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Outlets;
import org.junit.jupiter.api.Test;

/**
 * The sample's two sources without an outlet are named in the timeline as in the by-source table,
 * whole in its lane labels (window and report); an interval chart row's label reads whole in two lines.
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
    void anIntervalChartRowLabelBreaksAtItsDotAndEndsWhole() {
        String label = "9  \u201cISIS amasses 5,000 fighters\u201d · A top Russian security official ○";
        // the report's interval chart has room for 38 characters a line
        assertThat(IntervalChartPainter.labelLines(label, 38, 28)).containsExactly(
                "9  \u201cISIS amasses 5,000 fighters\u201d", "   · A top Russian security official ○");
        assertThat(IntervalChartPainter.labelLines("1  Breitbart News · Zamir Kabulov ○", 38, 28))
                .containsExactly("1  Breitbart News · Zamir Kabulov ○");
    }
}
