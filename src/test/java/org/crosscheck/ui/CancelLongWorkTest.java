package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crosscheck.service.ReportScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Every long task — re-scan (all, or one article), the report exported or printed, the exports —
 * offers Cancel in the status bar while it runs, and a cancel stops it with nothing changed or
 * written. Cancel is pressed as the work starts, so it is there before the work's first step.
 */
class CancelLongWorkTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private MainViewModel model;

    @BeforeEach
    void openTheWindow() throws Exception {
        window = WindowOnSample.open(folder);
        model = window.model();
        Waits.until(() -> lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void aCancelledRescanOfAllOrOneArticleChangesNoSuggestion() {
        Optional<String> undoBefore = model.nextUndoProperty().get();
        startAndCancel(model::rescanAll, "status.rescanCancelled");
        startAndCancel(() -> model.rescanSource(model.library().visibleSources().get(0).id()), "status.rescanCancelled");
        assertThat(model.nextUndoProperty().get()).isEqualTo(undoBefore);
    }

    @Test
    void aCancelledReportExportOrPrintWritesNothing() {
        Path pdf = folder.resolve("report.pdf");
        startAndCancel(() -> model.exportReport(ReportScope.allGroups(), pdf), "status.exportCancelled");
        assertThat(pdf).doesNotExist();
        AtomicBoolean printed = new AtomicBoolean();
        startAndCancel(() -> model.reportPdf(ReportScope.allGroups(), bytes -> printed.set(true)), "status.printCancelled");
        assertThat(printed).isFalse();
    }

    @Test
    void aCancelledExportWritesNoFile() throws Exception {
        Path csv = folder.resolve("claims.csv");
        startAndCancel(() -> model.exports().exportClaims(csv), "status.exportCancelled");
        Path json = folder.resolve("project.json");
        startAndCancel(() -> model.exports().exportProject(json), "status.exportCancelled");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("claims") || name.startsWith("project"));
        }
    }

    /**
     * Starts the work, sees Cancel offered in the status bar, presses it, and waits for the work
     * to say it stopped. The window's worker is held busy meanwhile, so the work begins only once
     * Cancel is pressed, however fast this machine is (a small export could finish before it).
     */
    private void startAndCancel(Runnable start, String cancelledKey) {
        AtomicBoolean offered = new AtomicBoolean();
        java.util.concurrent.CountDownLatch pressed = new java.util.concurrent.CountDownLatch(1);
        window.runner().run(() -> pressed.await(10, java.util.concurrent.TimeUnit.SECONDS), ignored -> { },
                ignored -> { });
        interact(() -> {
            start.run();
            offered.set(model.status().cancellableProperty().get()
                    && lookup("#statusCancel").queryAs(Button.class).visibleProperty().get());
            lookup("#statusCancel").queryAs(Button.class).fire();
        });
        pressed.countDown();
        assertThat(offered).as("Cancel is offered").isTrue();
        Waits.until(() -> lookup("#statusMessage").queryAs(Label.class).getText().equals(Texts.get(cancelledKey)));
        assertThat(model.status().busyProperty().get()).isFalse();
    }
}
