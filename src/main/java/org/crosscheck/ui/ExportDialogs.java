package org.crosscheck.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What File › Export asks before its work leaves the JavaFX thread: where to save (a chooser with the
 * format's extension, added when the name typed lacks it) and, for ClaimReview, the researcher's name.
 */
final class ExportDialogs {

    private final ExportViewModel exports;
    private final Supplier<String> projectName;
    private final Supplier<Window> owner;

    ExportDialogs(ExportViewModel exports, Supplier<String> projectName, Supplier<Window> owner) {
        this.exports = exports;
        this.projectName = projectName;
        this.owner = owner;
    }

    void claims() {
        saveAs("menu.file.exportClaims", "-claims", "export.csv", ".csv").ifPresent(exports::exportClaims);
    }

    void verdicts() {
        saveAs("menu.file.exportVerdicts", "-verdicts", "export.csv", ".csv").ifPresent(exports::exportVerdicts);
    }

    void project() {
        saveAs("menu.file.exportProject", "", "project.json", ".json").ifPresent(exports::exportProject);
    }

    void qdpx() {
        saveAs("menu.file.exportQdpx", "", "project.qdpx", ".qdpx").ifPresent(exports::exportQdpx);
    }

    /** The name is read off the JavaFX thread (it is kept in the project), then asked for, then the file. */
    void claimReview() {
        exports.researcherName(saved -> askResearcher(saved).ifPresent(researcher ->
                saveAs("menu.file.exportClaimReview", "-claimreview", "export.jsonld", ".jsonld")
                        .ifPresent(file -> exports.exportClaimReview(file, researcher))));
    }

    private Optional<String> askResearcher(String saved) {
        TextInputDialog dialog = new TextInputDialog(saved);
        dialog.initOwner(owner.get());
        dialog.setTitle(Texts.get("export.researcherTitle"));
        dialog.setHeaderText(Texts.get("export.researcherHeader"));
        dialog.setContentText(Texts.get("export.researcherLabel"));
        dialog.getEditor().setId("researcherName");
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(String::isBlank));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    private Optional<Path> saveAs(String titleKey, String nameSuffix, String filterKey, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(titleKey).replace("…", ""));
        chooser.setInitialFileName(projectName.get() + nameSuffix + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get(filterKey), "*" + extension));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        boolean named = file.getName().toLowerCase(Locale.ROOT).endsWith(extension);
        return Optional.of(named ? file.toPath() : file.toPath().resolveSibling(file.getName() + extension));
    }
}
