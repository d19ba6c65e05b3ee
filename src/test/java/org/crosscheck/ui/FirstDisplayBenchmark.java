package org.crosscheck.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.crosscheck.ui.chart.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first display of the Comparison and the Timeline on a large project, in the real window
 * (headless): how long after the library is filled the Comparison tab, shown first, lists its
 * groups, and how long after the Timeline tab is chosen its items are laid out. Three starts in one
 * process, each on a fresh copy of the project; the first pays for the JIT. The project is the one
 * {@code bench/make-10k-project.sh} builds, or the one {@code -Dcrosscheck.bench.project=PATH} names.
 *
 * <pre>mvn test -Dtest=FirstDisplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcrosscheck.bench.project=/tmp/crosscheck-10k/project</pre>
 */
class FirstDisplayBenchmark extends FxRobot {

    private static final int STARTS = 3;

    @TempDir
    Path folder;

    @Test
    void comparisonAndTimelineOnALargeProject() throws Exception {
        Path project = Path.of(System.getProperty("crosscheck.bench.project", "/tmp/crosscheck-10k/project"));
        Path file = project.resolveSibling(project.getFileName() + ".mv.db");
        assumeTrue(Files.isRegularFile(file), "no project at " + file + ": build it with bench/make-10k-project.sh");
        List<String> rows = new ArrayList<>();
        for (int start = 1; start <= STARTS; start++) {
            Path copy = folder.resolve("run" + start);
            Files.copy(file, copy.resolveSibling("run" + start + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            rows.add(oneStart(copy));
        }
        System.out.printf(Locale.ROOT, "== first display on %s ==%n%s%n(targets: each first display <= 1000 ms)%n",
                project.getFileName(), String.join("\n", rows));
    }

    private String oneStart(Path project) throws Exception {
        FxToolkit.registerPrimaryStage();
        long launched = System.nanoTime();
        Application app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.toString());
        try {
            waitFor(() -> lookup("#libraryList").tryQuery().isPresent()); // after the splash
            @SuppressWarnings("unchecked")
            ListView<Object> library = lookup("#libraryList").queryAs(ListView.class);
            waitFor(() -> library.getItems().size() > 1000);
            long ready = System.nanoTime();
            @SuppressWarnings("unchecked")
            ListView<Object> groups = lookup("#groupList").queryAs(ListView.class);
            waitFor(() -> !groups.getItems().isEmpty());
            long comparison = System.nanoTime();

            interact(() -> lookup("#bottomTabs").queryAs(TabPane.class).getSelectionModel().select(1));
            long chosen = System.nanoTime();
            TimelineView timeline = lookup("#timelineView").queryAs(TimelineView.class);
            waitFor(() -> timeline.currentLayout() != null && !timeline.currentLayout().placed().isEmpty());
            long drawn = System.nanoTime();
            return String.format(Locale.ROOT, "library filled %,d ms after launch (%,d articles); comparison's groups "
                            + "%,d ms after that (%,d groups); timeline laid out %,d ms after its tab was chosen",
                    millis(launched, ready), library.getItems().size(), millis(ready, comparison), groups.getItems().size(),
                    millis(chosen, drawn));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
