package org.crosscheck.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.service.AppInfo;

/**
 * Help › About Crosscheck: the version, where the open project, the log and the settings are
 * kept, and the fonts and libraries inside Crosscheck with their licences.
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, String project, Settings settings) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("about.title"));
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Label version = new Label(Texts.get("about.version", AppInfo.version()));
        version.setId("aboutVersion");
        version.getStyleClass().add("about-version");
        Label what = new Label(Texts.get("about.what"));
        what.setWrapText(true);
        GridPane places = new GridPane();
        places.setHgap(12);
        places.setVgap(3);
        Path data = AppInfo.dataFolder();
        place(places, 0, "about.project", "aboutProject", project);
        place(places, 1, "about.log", "aboutLog", data.resolve("crosscheck.log").toString());
        place(places, 2, "about.settings", "aboutSettings",
                settings.file().map(Path::toString).orElse(Texts.get("about.settingsNone")));
        place(places, 3, "about.runtime", "aboutRuntime", Texts.get("about.runtimeValue",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
        Label bundledTitle = new Label(Texts.get("about.bundled"));
        bundledTitle.getStyleClass().add("pane-title");
        GridPane bundled = new GridPane();
        bundled.setId("aboutLicences");
        bundled.setHgap(12);
        bundled.setVgap(2);
        int row = 0;
        for (AppInfo.Bundled item : AppInfo.bundled()) {
            Label licence = new Label(item.licence());
            licence.setWrapText(true);
            licence.setMaxWidth(380);
            bundled.addRow(row++, new Label(item.name()), new Label(item.version()), licence);
        }
        VBox content = new VBox(10, version, what, places, bundledTitle, bundled);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.show();
    }

    private static void place(GridPane grid, int row, String labelKey, String id, String value) {
        Label label = new Label(Texts.get(labelKey));
        label.getStyleClass().add("source-title");
        Label shown = new Label(value);
        shown.setId(id);
        shown.setWrapText(true);
        grid.addRow(row, label, shown);
    }
}
