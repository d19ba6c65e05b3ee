package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.ui.chart.TimelineView;
import org.junit.jupiter.api.Test;

/**
 * The Timeline and Speakers tabs, hidden when the window opens on the library, are built the first
 * time they are chosen, not with the window, and then show the project as if they had been there all along.
 */
class TabsBuiltWhenShownTest extends SampleWindowTest {

    @Test
    void theTimelineIsBuiltWhenItsTabIsFirstChosenAndPlacesTheSamplesStatements() throws Exception {
        assertThat(lookup("#timelineView").tryQuery()).as("the timeline before its tab is chosen").isEmpty();
        assertThat(tab("timelineTab").getContent()).isNull();

        interact(() -> tabs().getSelectionModel().select(tab("timelineTab")));

        TimelineView timeline = lookup("#timelineView").queryAs(TimelineView.class);
        Waits.until(() -> timeline.currentLayout() != null && !timeline.currentLayout().placed().isEmpty());
        javafx.scene.Node built = tab("timelineTab").getContent();
        interact(() -> tabs().getSelectionModel().select(tab("comparisonTab")));
        interact(() -> tabs().getSelectionModel().select(tab("timelineTab")));
        assertThat(tab("timelineTab").getContent()).as("built once, then kept").isSameAs(built);
    }

    @Test
    void theSpeakersTabIsBuiltWhenFirstChosenAndShowsTheSpeakerChosenThere() throws Exception {
        assertThat(lookup("#speakersList").tryQuery()).as("the speakers before their tab is chosen").isEmpty();

        interact(() -> tabs().getSelectionModel().select(tab("speakersTab")));

        @SuppressWarnings("unchecked")
        ListView<TrackRecord> speakers = lookup("#speakersList").queryAs(ListView.class);
        Waits.until(() -> !speakers.getItems().isEmpty());
        TrackRecord first = speakers.getItems().get(0);
        interact(() -> speakers.getSelectionModel().select(first));
        javafx.scene.control.Label title = lookup("#speakerTitle").queryAs(javafx.scene.control.Label.class);
        Waits.until(() -> title.getText().contains(first.name()));
    }

    private TabPane tabs() {
        return lookup("#bottomTabs").queryAs(TabPane.class);
    }

    private Tab tab(String id) {
        return tabs().getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow();
    }
}
