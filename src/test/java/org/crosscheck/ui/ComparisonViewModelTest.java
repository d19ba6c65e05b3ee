package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

class ComparisonViewModelTest {

    @TempDir
    Path folder;

    /** Holds the work it is given until told to run it, as the reader thread would take seconds. */
    private static final class HeldRunner implements Runner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void whileTheComparisonIsReadTheTabSaysSoRatherThanThatThereIsNothingToCompare() {
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("project")), true)) {
            HeldRunner runner = new HeldRunner();
            ComparisonViewModel model = new ComparisonViewModel(workbench, runner, new StatusViewModel());
            model.setVisible(true);
            model.projectChanged();

            assertThat(model.comparingProperty().get()).isTrue();
            assertThat(model.groups()).isEmpty();

            runner.runAll();
            assertThat(model.comparingProperty().get()).isFalse();
            assertThat(model.groups()).isNotEmpty();
        }
    }

    @Test
    void aRenameOfAGroupAfterBobNotedItSinceTheComparisonWasLoadedAsksAndOverwriteSavesTheRenameOverHisNote() {
        String fighters = "q:islamic state|fighters|afghanistan";
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("project")), true)) {
            HeldRunner runner = new HeldRunner();
            ComparisonViewModel model = new ComparisonViewModel(workbench, runner, new StatusViewModel());
            List<String> asked = new ArrayList<>();
            model.setConflictQuestion(conflict -> {
                asked.add(conflict.getMessage());
                return ConflictChoice.OVERWRITE;
            });
            model.setVisible(true);
            model.projectChanged();
            runner.runAll();
            org.crosscheck.model.ComparisonGroup shown = model.groups().stream()
                    .filter(group -> group.id().equals(fighters)).findFirst().orElseThrow();
            // bob, in his window on the shared project, notes the group meanwhile
            new org.crosscheck.service.SecondPerson(workbench, "bob").note(fighters, "bob's note");

            model.rename(shown, "My name");
            while (!runner.held.isEmpty()) {
                runner.runAll(); // the save, the question's overwrite, the reload
            }

            assertThat(asked).singleElement().asString().matches("Changed by bob at \\d\\d:\\d\\d since you opened it\\.");
            assertThat(workbench.comparison().edits().names()).containsEntry(fighters, "My name");
            assertThat(workbench.comparison().edits().notes()).containsEntry(fighters, "bob's note");
        }
    }
}
