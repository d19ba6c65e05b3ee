package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window computes: on opening, the library first, the comparison once right after it and
 * the search index after that; a click on an article recomputes nothing, and a changed claim
 * recomputes the comparison once.
 */
class NothingRecomputedOnAClickTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void onOpeningTheLibraryComesFirstThenTheComparisonOnceThenTheSearchIndex() throws Exception {
        Path searchFolder = ProjectFile.of(folder.resolve("sample")).searchFolder();
        AtomicBoolean indexBeforeLibrary = new AtomicBoolean();
        AtomicLong computedBeforeLibrary = new AtomicLong(-1);
        AtomicLong computedBeforeIndex = new AtomicLong(-1);
        Thread watcher = new Thread(() -> {
            while (!Files.isDirectory(searchFolder) && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            if (window != null) {
                computedBeforeIndex.set(window.workbench().comparison().computations());
            }
        });
        window = WindowOnSample.open(folder);
        watcher.start();
        ListView<SourceSummary> library = library();
        interact(() -> library.getItems().addListener((ListChangeListener<SourceSummary>) change -> {
            if (computedBeforeLibrary.get() < 0 && !library.getItems().isEmpty()) {
                computedBeforeLibrary.set(window.workbench().comparison().computations());
                indexBeforeLibrary.set(Files.isDirectory(searchFolder));
            }
        }));
        Waits.until(() -> library.getItems().size() == 5);
        Waits.until(() -> Files.isDirectory(searchFolder));
        watcher.join(10_000);
        settle();

        assertThat(computedBeforeLibrary.get()).as("comparisons computed before the library was shown").isLessThanOrEqualTo(0);
        assertThat(indexBeforeLibrary).as("search index made before the library was shown").isFalse();
        assertThat(computedBeforeIndex.get()).as("comparisons computed before the search index was made").isEqualTo(1);
        assertThat(window.workbench().comparison().computations()).as("comparisons computed on opening").isEqualTo(1);
    }

    @Test
    void clickingThroughArticlesRecomputesNothingAndAChangedClaimRecomputesTheComparisonOnce() throws Exception {
        window = WindowOnSample.open(folder);
        ListView<SourceSummary> library = library();
        Waits.until(() -> library.getItems().size() == 5);
        Waits.until(() -> !groups().getItems().isEmpty());
        settle();
        long opened = window.workbench().comparison().computations();
        assertThat(opened).as("comparisons computed on opening").isEqualTo(1);

        List<SourceSummary> articles = List.copyOf(library.getItems());
        for (SourceSummary article : articles) {
            clickInTheLibrary(article);
            Waits.until(() -> title().equals(article.title()));
        }
        clickInTheLibrary(articles.get(0));
        Waits.until(() -> title().equals(articles.get(0).title()));
        settle();
        assertThat(window.workbench().comparison().computations()).as("after clicking through the articles")
                .isEqualTo(opened);

        ListView<Claim> claims = claimList();
        Waits.until(() -> claims.getItems().stream().anyMatch(claim -> claim.status() == ClaimStatus.SUGGESTED));
        Claim suggested = claims.getItems().stream().filter(claim -> claim.status() == ClaimStatus.SUGGESTED)
                .findFirst().orElseThrow();
        interact(() -> claims.getSelectionModel().select(suggested));
        interact(() -> window.model().confirmSelectedClaim());
        Waits.until(() -> window.workbench().comparison().computations() > opened);
        settle();
        assertThat(window.workbench().comparison().computations()).as("after one claim was confirmed")
                .isEqualTo(opened + 1);
    }

    /** Lets the window's queued work and its callbacks run out. */
    private void settle() throws Exception {
        for (int round = 0; round < 5; round++) {
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void clickInTheLibrary(SourceSummary summary) {
        interact(() -> library().scrollTo(summary));
        Waits.until(() -> rowTitle(summary).tryQuery().isPresent());
        clickOn(rowTitle(summary).queryAs(Label.class));
    }

    private org.testfx.service.query.NodeQuery rowTitle(SourceSummary summary) {
        return lookup("#libraryList .source-title").match(node -> ((Label) node).getText().equals(summary.title()));
    }

    private String title() {
        return lookup("#articleTitle").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> groups() {
        return lookup("#groupList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
