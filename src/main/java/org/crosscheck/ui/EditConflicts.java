package org.crosscheck.ui;

import java.util.function.Function;
import org.crosscheck.service.ConflictingEditException;
import org.crosscheck.service.Runner;

/**
 * What the window does when a save of an article's details, a group edit or the alias table met
 * someone else's change (a shared project): asks, as for a claim, whether to take theirs or overwrite
 * with one's own, then reloads. Without a window the other person's version is taken.
 */
final class EditConflicts {

    private final Runner runner;
    private final StatusViewModel status;
    private Function<ConflictingEditException, ConflictChoice> question = conflict -> ConflictChoice.RELOAD;

    EditConflicts(Runner runner, StatusViewModel status) {
        this.runner = runner;
        this.status = status;
    }

    /** How the window asks; called on the JavaFX thread. */
    void setQuestion(Function<ConflictingEditException, ConflictChoice> question) {
        this.question = question;
    }

    /**
     * Handles a failed save on the JavaFX thread: a conflict is asked about (an overwrite runs off the
     * JavaFX thread, and may meet yet another change), anything else is shown as {@code problem}. Either
     * way {@code reload} runs after, as the project may hold what the window does not show.
     */
    void handle(Throwable error, String problem, Runnable reload) {
        java.util.Optional<ConflictingEditException> conflict = ConflictingEditException.in(error);
        if (conflict.isEmpty()) {
            status.error(problem, error);
            reload.run();
            return;
        }
        ConflictingEditException asked = conflict.get();
        if (question.apply(asked) == ConflictChoice.RELOAD) {
            status.info(Texts.get("conflict.reloadedEdit", asked.by()));
            reload.run();
            return;
        }
        runner.run(() -> {
            asked.overwrite();
            return Boolean.TRUE;
        }, done -> {
            status.info(Texts.get("conflict.overwritten", asked.by()));
            reload.run();
        }, again -> handle(again, problem, reload));
    }
}
