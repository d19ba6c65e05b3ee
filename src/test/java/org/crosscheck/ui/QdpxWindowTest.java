package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.crosscheck.service.QdpxFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File › Export REFI-QDA project… writes a .qdpx off the JavaFX thread, and File › Import… takes a
 * .qdpx beside articles, saying in the status bar what came in and what Crosscheck could not represent.
 */
class QdpxWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private MainViewModel model;

    @BeforeEach
    void openTheWindowOnASampleProject() throws Exception {
        window = WindowOnSample.open(folder);
        model = window.model();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private String statusMessage() {
        return lookup("#statusMessage").queryAs(Label.class).getText();
    }

    @Test
    void theFileMenuOffersTheExport() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        javafx.scene.control.Menu export = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "menuExport".equals(item.getId())).findFirst().orElseThrow();
        assertThat(export.getItems()).anySatisfy(item -> {
            assertThat(item.getId()).isEqualTo("menuExportQdpx");
            assertThat(item.getText()).isEqualTo("REFI-QDA project…");
        });
    }

    @Test
    void theProjectIsWrittenAsAQdpxAndTheStatusBarSaysWhere() throws Exception {
        Path file = folder.resolve("sample.qdpx");

        interact(() -> model.exports().exportQdpx(file));

        Waits.until(() -> statusMessage().equals(Texts.get("status.exported", file)));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }
    }

    @Test
    void aQdpxAmongArticlesIsImportedAndTheStatusBarNamesWhatWasNot() {
        Path qdpx = QdpxFixtures.handwritten(folder);

        interact(() -> model.importFiles(List.of(qdpx)));

        Waits.until(() -> statusMessage().startsWith("Imported 2 articles, 6 tags and 3 coded passages"));
        assertThat(statusMessage()).contains("Not imported", "1 picture source");
        Waits.until(() -> model.library().visibleSources().size() == 7);
    }

    @Test
    void aDamagedQdpxIsNamedInTheStatusBarAndNothingComesIn() throws Exception {
        Path damaged = java.nio.file.Files.writeString(folder.resolve("study.qdpx"), "not a zip");

        interact(() -> model.importFiles(List.of(damaged)));

        Waits.until(() -> statusMessage().contains("study.qdpx is not a REFI-QDA project"));
        assertThat(model.library().visibleSources()).hasSize(5);
    }
}
