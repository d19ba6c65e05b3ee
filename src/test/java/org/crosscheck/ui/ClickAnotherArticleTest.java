package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Clicking from article to article in the library after an article with many claims is open: each
 * click opens the clicked article. (The benchmark that seemed to show otherwise selected rows with
 * {@code select(item)}, which in the library's multiple selection adds a row, or does nothing for a
 * row already selected; a click replaces the selection.)
 */
class ClickAnotherArticleTest extends FxRobot {

    private static final String PARAGRAPH = "Officials said 14 people were wounded and three were killed on Friday "
            + "evening in Tulsa, the county sheriff reported. \"We recovered 42 spent cartridges,\" said Lt. Maria Lopez, "
            + "a police spokeswoman. Around 250 families were moved to shelters, the mayor told KTUL. By Sunday the toll "
            + "had risen to 4. A 31-year-old woman was shot dead, Lopez said. Police arrested 2 suspects.\n\n";

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /**
     * After an article with hundreds of claims is open, a click on another article in the library
     * opens that one, and a click back and forth keeps doing so (the benchmark's runs, clicked).
     */
    @Test
    void afterALongArticleIsOpenAClickOnAnotherArticleOpensIt() throws Exception {
        openTheSampleWithALongArticle();
        SourceSummary longOne = library().getItems().stream().max(Comparator.comparingInt(SourceSummary::claimCount))
                .orElseThrow();
        SourceSummary shortOne = library().getItems().stream().filter(s -> s != longOne).findFirst().orElseThrow();
        assertThat(longOne.claimCount()).as("claims of the long article").isGreaterThan(500);

        for (int run = 1; run <= 2; run++) {
            clickInTheLibrary(longOne);
            Waits.until(() -> title().equals(longOne.title()) && claimList().getItems().size() == longOne.claimCount());
            clickInTheLibrary(shortOne);
            Waits.until(() -> title().equals(shortOne.title()));
            assertThat(library().getSelectionModel().getSelectedItems()).as("run " + run).containsExactly(shortOne);
        }
    }

    /**
     * The state the benchmark's {@code select(summary)} left the library in: both articles selected
     * (here by a Ctrl-click), the long one open. A plain click on the other selected row opens it and
     * leaves it selected alone.
     */
    @Test
    void aPlainClickOnARowOfAMultipleSelectionOpensThatArticle() throws Exception {
        openTheSampleWithALongArticle();
        SourceSummary longOne = library().getItems().stream().max(Comparator.comparingInt(SourceSummary::claimCount))
                .orElseThrow();
        SourceSummary shortOne = library().getItems().stream().filter(s -> s != longOne).findFirst().orElseThrow();
        clickInTheLibrary(shortOne);
        Waits.until(() -> title().equals(shortOne.title()));

        interact(() -> library().scrollTo(longOne));
        Waits.until(() -> rowTitle(longOne).tryQuery().isPresent());
        press(KeyCode.CONTROL);
        clickOn(rowTitle(longOne).queryAs(Label.class));
        release(KeyCode.CONTROL);
        Waits.until(() -> title().equals(longOne.title()) && claimList().getItems().size() == longOne.claimCount());
        assertThat(library().getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(shortOne, longOne);

        clickInTheLibrary(shortOne);
        Waits.until(() -> title().equals(shortOne.title()));
        assertThat(library().getSelectionModel().getSelectedItems()).containsExactly(shortOne);
    }

    /** The sample project and a generated 50,000-character article with hundreds of claims, in the window. */
    private void openTheSampleWithALongArticle() throws Exception {
        Path project = folder.resolve("long");
        StringBuilder text = new StringBuilder("A long report dense with figures\n\n");
        while (text.length() < 50_000) {
            text.append(PARAGRAPH);
        }
        try (Workbench workbench = Workbench.open(ProjectFile.of(project), true)) {
            Files.writeString(folder.resolve("long-report.txt"), text);
            workbench.imports().importFiles(List.of(folder.resolve("long-report.txt")), Progress.NONE);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.toString());
        Waits.until(() -> library().getItems().size() == 6);
    }

    /** A plain click on the article's row, as the researcher clicks it. */
    private void clickInTheLibrary(SourceSummary summary) {
        interact(() -> library().scrollTo(summary));
        Waits.until(() -> rowTitle(summary).tryQuery().isPresent());
        clickOn(rowTitle(summary).queryAs(Label.class));
    }

    private org.testfx.service.query.NodeQuery rowTitle(SourceSummary summary) {
        return lookup("#libraryList .source-title").match(node -> ((Label) node).getText().equals(summary.title()));
    }

    @SuppressWarnings("unchecked")
    private ListView<org.crosscheck.model.Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    private String title() {
        return lookup("#articleTitle").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
