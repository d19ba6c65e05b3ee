package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.crosscheck.service.Runner;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A click on an article reads that article and nothing else: the comparison and timeline are not
 * recomputed. At start the library is read first and each shown tab computed once, after it.
 */
class OpeningAnArticleTest {

    @TempDir
    Path folder;

    @Test
    void openingAnArticleReadsOnlyThatArticle() {
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            CountingRunner runner = new CountingRunner();
            MainViewModel model = new MainViewModel(workbench, runner);
            model.comparison().setVisible(true);
            model.timeline().setVisible(true);
            model.start();
            long second = model.library().visibleSources().get(1).id();
            int before = runner.works;

            model.open(second);

            assertThat(runner.works - before).as("background works for one click: the article, its highlights").isLessThanOrEqualTo(2);
            assertThat(model.article().sourceProperty().get().id()).isEqualTo(second);
            assertThat(model.article().listedClaims()).isNotEmpty();
        }
    }

    @Test
    void atStartTheLibraryComesFirstAndEachShownTabIsComputedOnceAndTheSearchIndexAfter() throws Exception {
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            CountingRunner runner = new CountingRunner();
            MainViewModel model = new MainViewModel(workbench, runner);
            List<Integer> listedAfterEachWork = new ArrayList<>();
            runner.afterEach = () -> listedAfterEachWork.add(model.library().visibleSources().size());

            // as the window does: the tabs say they are shown before the project is read
            model.comparison().setVisible(true);
            model.timeline().setVisible(true);
            assertThat(runner.works).as("works before the project is read").isZero();
            model.start();

            assertThat(listedAfterEachWork).as("articles listed after each background work").first().isEqualTo(5);
            assertThat(runner.works).as("the library, the first article's highlights, then the comparison and the "
                    + "timeline once each").isEqualTo(4);
            assertThat(model.comparison().groups()).isNotEmpty();

            // the search index after them, a moment after the comparison is ready, and the comparison not again
            Path index = ProjectFile.of(folder.resolve("sample")).searchFolder();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!Files.isDirectory(index) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(index).as("the search index, made after the comparison").isDirectory();
            assertThat(workbench.comparison().computations()).as("comparisons computed").isEqualTo(1);
        }
    }

    /** Runs work at once, counting it. */
    private static final class CountingRunner implements Runner {
        int works;
        Runnable afterEach = () -> { };
        private final Runner sameThread = Runner.sameThread();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            works++;
            sameThread.run(work, result -> {
                onSuccess.accept(result);
                afterEach.run();
            }, onError);
        }
    }
}
