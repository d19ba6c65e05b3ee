package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The peer the window's start is measured against: a bare JavaFX window of the same size, started
 * the same way in the same run. Prints how long after the process started it was shown, and quits.
 */
public final class BareWindow extends Application {

    static final String MAPPED = "bare window mapped after ";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Crosscheck")), 1440, 900));
        stage.setOnShown(event -> Platform.runLater(() -> {
            System.out.println(MAPPED + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
            Platform.exit();
        }));
        stage.show();
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
