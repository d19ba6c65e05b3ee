package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.ComparisonGroup;
import org.junit.jupiter.api.Test;

/** The report starts as the researcher is looking at the groups: confirmed only when the tab shows only those. */
class ReportScopeFromTabTest extends SampleWindowTest {

    @Test
    void theReportDialogStartsConfirmedOnlyWhenTheComparisonTabIs() {
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> !groups.getItems().isEmpty());
        CheckBox tabConfirmedOnly = lookup("#confirmedOnly").queryAs(CheckBox.class);
        interact(() -> tabConfirmedOnly.setSelected(true));

        push(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Waits.until(() -> lookup("#reportConfirmedOnly").tryQuery().isPresent());
        assertThat(lookup("#reportConfirmedOnly").queryAs(CheckBox.class).isSelected()).isTrue();
        push(KeyCode.ESCAPE);
        Waits.until(() -> lookup("#reportConfirmedOnly").tryQuery().isEmpty());

        interact(() -> tabConfirmedOnly.setSelected(false));
        push(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Waits.until(() -> lookup("#reportConfirmedOnly").tryQuery().isPresent());
        assertThat(lookup("#reportConfirmedOnly").queryAs(CheckBox.class).isSelected()).isFalse();
        push(KeyCode.ESCAPE);
    }
}
