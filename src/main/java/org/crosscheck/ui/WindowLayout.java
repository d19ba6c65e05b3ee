package org.crosscheck.ui;

import java.util.OptionalDouble;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers how the researcher left the window — its size and place, the dividers, the selected
 * tab and the tables' column widths — and puts it back that way next time. A place on a monitor
 * that is no longer there is not used: the window then opens centred on the main screen.
 * JavaFX thread only.
 */
final class WindowLayout {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;

    private static final String WATCHED = "crosscheck.layoutWatched";

    private final Settings settings;

    WindowLayout(Settings settings) {
        this.settings = settings;
    }

    /** The scene's size to start with: as it was left, within the main screen. */
    double width(Rectangle2D screen) {
        return Math.min(settings.number("window.width").orElse(DEFAULT_WIDTH), screen.getWidth());
    }

    double height(Rectangle2D screen) {
        return Math.min(settings.number("window.height").orElse(DEFAULT_HEIGHT), screen.getHeight());
    }

    /** Puts the stage where it was, if that place is still on a screen; else centres it. Call before showing. */
    void place(Stage stage) {
        OptionalDouble x = settings.number("window.x");
        OptionalDouble y = settings.number("window.y");
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        if (x.isPresent() && y.isPresent() && onAScreen(x.getAsDouble(), y.getAsDouble(), width, height)) {
            stage.setX(x.getAsDouble());
            stage.setY(y.getAsDouble());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
    }

    /** Whether enough of the window's title bar would be on some screen to grab it. */
    static boolean onAScreen(double x, double y, double width, double height) {
        Rectangle2D titleBar = new Rectangle2D(x + 40, y, Math.max(1, Math.min(width, 400) - 80), 30);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }

    /** Remembers the stage's size and place as they change (not while maximised: its size then is the screen's). */
    void watch(Stage stage) {
        // the scene is new each time a project opens in this window; the stage stays, and is watched once
        stage.getScene().widthProperty().addListener(
                (observable, before, width) -> remember(stage, "window.width", width.doubleValue()));
        stage.getScene().heightProperty().addListener(
                (observable, before, height) -> remember(stage, "window.height", height.doubleValue()));
        if (stage.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        stage.xProperty().addListener((observable, before, x) -> remember(stage, "window.x", x.doubleValue()));
        stage.yProperty().addListener((observable, before, y) -> remember(stage, "window.y", y.doubleValue()));
        stage.maximizedProperty().addListener(
                (observable, before, maximized) -> settings.put("window.maximized", Boolean.toString(maximized)));
    }

    private void remember(Stage stage, String key, double value) {
        if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(value)) {
            settings.put(key, value);
        }
    }

    /** Restores and then remembers a split pane's dividers, by the pane's id. */
    void dividers(SplitPane split) {
        String key = "divider." + split.getId() + ".";
        for (int i = 0; i < split.getDividers().size(); i++) {
            SplitPane.Divider divider = split.getDividers().get(i);
            OptionalDouble saved = settings.number(key + i);
            if (saved.isPresent() && saved.getAsDouble() > 0 && saved.getAsDouble() < 1) {
                divider.setPosition(saved.getAsDouble());
            }
            int index = i;
            divider.positionProperty().addListener(
                    (observable, before, position) -> settings.put(key + index, position.doubleValue()));
        }
    }

    /** Selects the tab selected last time and remembers the choice, by the tabs' ids. */
    void selectedTab(TabPane tabs) {
        String key = "tab." + tabs.getId();
        settings.get(key).flatMap(id -> tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst())
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, tab) -> {
            if (tab != null && tab.getId() != null) {
                settings.put(key, tab.getId());
            }
        });
    }

    /** Restores and remembers the column widths of every table under {@code root} that has an id. */
    void columnWidths(Parent root) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && table.getId() != null) {
                columnWidths(table);
            }
        }
    }

    private void columnWidths(TableView<?> table) {
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<?, ?> column = table.getColumns().get(i);
            String key = "columns." + table.getId() + "." + i;
            settings.number(key).ifPresent(width -> column.setPrefWidth(width));
            column.widthProperty().addListener((observable, before, width) -> {
                if (width.doubleValue() > 0) {
                    settings.put(key, width.doubleValue());
                }
            });
        }
    }
}
