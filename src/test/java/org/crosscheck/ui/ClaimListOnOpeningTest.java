package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an article shows every one of its claims in the Claims list at once, not only the first
 * few until the list is clicked (the list was told to select and scroll while it was still counting
 * the claims of the article before).
 */
class ClaimListOnOpeningTest extends FxRobot {

    @TempDir
    Path folder;

    @Test
    void everyClaimOfEachOpenedArticleIsShownWithoutAClick() throws Exception {
        try (WindowOnSample window = WindowOnSample.open(folder)) {
            MainViewModel model = window.model();
            Waits.until(() -> model.library().visibleSources().size() == 5);
            List<SourceSummary> sources = List.copyOf(model.library().visibleSources());
            for (int round = 0; round < 2; round++) {
                for (SourceSummary source : sources) {
                    interact(() -> model.open(source.id()));
                    Waits.until(() -> model.article().sourceProperty().get() != null
                            && model.article().sourceProperty().get().id() == source.id()
                            && claimList().getItems().size() == model.article().listedClaims().size());
                    WaitForAsyncUtils.waitForFxEvents();
                    int listed = model.article().listedClaims().size();
                    int shown = shownClaims().size();
                    if (shown < listed) {
                        // more than fit: the rows shown must then fill the list down to its last row
                        assertThat(lowestShownRow()).as("bottom of the last claim shown on opening " + source.title())
                                .isGreaterThan(claimList().localToScene(claimList().getBoundsInLocal()).getMaxY() - 60);
                    } else {
                        assertThat(shown).as("claims shown on opening " + source.title()).isEqualTo(listed);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    private double lowestShownRow() {
        return shownCells().stream().mapToDouble(cell -> cell.localToScene(cell.getBoundsInLocal()).getMaxY())
                .max().orElse(0);
    }

    private List<javafx.scene.Node> shownCells() {
        return lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null)
                .map(cell -> (javafx.scene.Node) cell).toList();
    }

    private List<Claim> shownClaims() {
        return lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null)
                .map(cell -> (Claim) cell.getItem()).distinct().toList();
    }
}
