package org.crosscheck.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.crosscheck.service.Cancellation;

/**
 * What the window shows before a project is open: what is being done, and while restoring a
 * project, how far it is, with a Cancel.
 */
final class Splash {

    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(-1);
    private final Button cancel = new Button(Texts.get("status.cancel"));
    private final VBox view = new VBox(10, message, progress, cancel);

    Splash(String text) {
        message.setId("splashMessage");
        cancel.setId("splashCancel");
        progress.setPrefWidth(320);
        message.setWrapText(true); // a long step ("… (search passes over claim links)…") wraps, never cut off
        message.setMaxWidth(440);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        view.setAlignment(Pos.CENTER);
        show(text, null);
    }

    Parent view() {
        return view;
    }

    /** Shows what is being done; with a cancellation, a progress bar and a Cancel that stops it. */
    void show(String text, Cancellation cancellation) {
        message.setText(text);
        boolean working = cancellation != null;
        for (javafx.scene.Node node : new javafx.scene.Node[] {progress, cancel}) {
            node.setVisible(working);
            node.setManaged(working);
        }
        progress.setProgress(-1);
        cancel.setDisable(false);
        cancel.setOnAction(event -> {
            if (cancellation != null) {
                cancellation.cancel();
                cancel.setDisable(true);
            }
        });
    }

    /** Shows a step of work that cannot be cancelled, and how far it is ({@code -1}: not known). */
    void step(String text, double fraction) {
        show(text, null);
        progress.setVisible(true);
        progress.setManaged(true);
        progress.setProgress(fraction);
    }

    void progress(double fraction) {
        progress.setProgress(fraction);
    }
}
