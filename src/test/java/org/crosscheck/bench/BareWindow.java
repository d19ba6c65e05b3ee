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
 * The main class is not the application, as with Crosscheck's own launcher: on the class path, Java
 * refuses to start an {@code Application} subclass as the main class.
 */
public final class BareWindow {

    static final String MAPPED = "bare window mapped after ";

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window itself. */
    public static final class Shown extends Application {

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
    }
}
