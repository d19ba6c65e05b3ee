package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.chart.TimelineGeometry;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelineLayout;
import org.crosscheck.ui.chart.TimelineView;
import org.crosscheck.model.Claim;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the real window, on the sample: zoom, click a statement, land on it in its article. */
class TimelineTabTest extends SampleWindowTest {

    private static final String PHRASE = "nearly 3,500 ISIS-linked jihadists";

    @Test
    void clickingAStatementOnTheTimelineOpensItsArticleAtTheClaim() throws Exception {
        clickOn(lookup(".tab").match(node -> node.getId() != null && node.getId().equals("timelineTab"))
                .queryAs(javafx.scene.Node.class));
        TimelineView timeline = lookup("#timelineView").queryAs(TimelineView.class);
        Waits.until(() -> timeline.currentLayout() != null && !timeline.currentLayout().placed().isEmpty());

        interact(timeline::requestFocus);
        double fitted = timeline.scale().pixelsPerDay();
        push(KeyCode.ADD);
        push(KeyCode.ADD);
        Waits.until(() -> timeline.scale().pixelsPerDay() > fitted * 1.5);
        push(KeyCode.DIGIT0);
        Waits.until(() -> Math.abs(timeline.scale().pixelsPerDay() - fitted) < fitted * 0.01);
        TimelineItem target = timeline.currentLayout().placed().stream().map(TimelineLayout.PlacedItem::item)
                .filter(item -> item.label().equals(PHRASE)).findFirst().orElseThrow();
        long claimId = target.claimId();
        clickOn(pointOf(timeline, claimId));

        StyleClassedTextArea article = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        Waits.until(() -> article.getText().contains(PHRASE));
        Waits.until(() -> {
            @SuppressWarnings("unchecked")
            ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
            Claim selected = claims.getSelectionModel().getSelectedItem();
            return selected != null && selected.id() == claimId;
        });
        Waits.until(() -> article.getStyleAtPosition(article.getText().indexOf(PHRASE) + 2).contains("claim-selected"));
    }

    @Test
    void theToolbarsOwnWordsAreWholeInANarrowWindowAndTheHintGivesWay() throws Exception {
        clickOn(lookup(".tab").match(node -> node.getId() != null && node.getId().equals("timelineTab"))
                .queryAs(javafx.scene.Node.class));
        javafx.stage.Window stage = fit().getScene().getWindow();
        interact(() -> stage.setWidth(1024));
        javafx.scene.control.Button fit = fit();
        javafx.scene.control.Button export = lookup("#timelineExport").queryAs(javafx.scene.control.Button.class);
        Waits.until(() -> fit.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        for (javafx.scene.control.Button button : List.of(fit, export)) {
            assertThat(button.getWidth()).as(button.getText() + " shown whole")
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    private javafx.scene.control.Button fit() {
        return lookup("#timelineFit").queryAs(javafx.scene.control.Button.class);
    }

    private static Point2D pointOf(TimelineView view, long claimId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TimelineLayout layout = view.currentLayout();
            TimelineLayout.PlacedItem placed = layout.placed().stream()
                    .filter(p -> p.item().claimId() == claimId).findFirst().orElseThrow();
            TimelineLayout.Lane lane = layout.lanes().get(placed.lane());
            TimelineGeometry geometry = TimelineGeometry.STANDARD;
            double x = geometry.gutterWidth() + view.scale().toX(placed.span().middle());
            double y = geometry.rowTop(lane, placed.row(), 0) + geometry.rowHeight() / 2;
            return view.localToScreen(x, y);
        }).get();
    }
}
