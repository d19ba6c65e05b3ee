package org.crosscheck.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.crosscheck.service.ClaimConflictException;

/**
 * Asks, after a save met someone else's change of the same claim: "Changed by bob at 14:02 since you
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
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("conflict.explain"), RELOAD, OVERWRITE);
        alert.initOwner(owner.get());
        alert.setTitle(Texts.get("conflict.title"));
        alert.setHeaderText(conflict.getMessage());
        return alert.showAndWait().filter(OVERWRITE::equals).map(button -> ConflictChoice.OVERWRITE)
                .orElse(ConflictChoice.RELOAD);
    }
}
