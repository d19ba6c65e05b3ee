package org.crosscheck.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.crosscheck.service.ClaimConflictException;

/**
 * Asks, after a save met someone else's change of the same claim (or the same article's details, group
 * edits or alias table): "Changed by bob at 14:02 since you
 * opened it: Reload (take theirs) / Overwrite (keep yours)". There is no Cancel: the dialog closes only
 * with a choice, and either choice can be undone, so nothing is lost by closing it.
 */
final class ConflictDialog {

    static final ButtonType RELOAD = new ButtonType(Texts.get("conflict.reload"), ButtonBar.ButtonData.NO);
    static final ButtonType OVERWRITE = new ButtonType(Texts.get("conflict.overwrite"), ButtonBar.ButtonData.YES);

    private final Supplier<Window> owner;

    ConflictDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Shows the question and waits for the answer (the FX thread goes on handling events meanwhile). */
    ConflictChoice ask(ClaimConflictException conflict) {
        return ask(conflict.getMessage(), Texts.get("conflict.explain"));
    }

    /** The same question after a save of an article's details, a group edit or the alias table. */
    ConflictChoice ask(org.crosscheck.service.ConflictingEditException conflict) {
        return ask(conflict.getMessage(), Texts.get("conflict.explainEdit"));
    }

    private ConflictChoice ask(String changedBy, String explain) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, explain, RELOAD, OVERWRITE);
        alert.initOwner(owner.get());
        alert.setTitle(Texts.get("conflict.title"));
        alert.setHeaderText(changedBy);
        return alert.showAndWait().filter(OVERWRITE::equals).map(button -> ConflictChoice.OVERWRITE)
                .orElse(ConflictChoice.RELOAD);
    }
}
