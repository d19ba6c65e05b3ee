package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A project opened read-only reads as usual, says it is read-only, offers no edits and is left as it was. */
class ReadOnlyWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;
    private ProjectFile project;
    private byte[] before;

    @BeforeEach
    void openASampleProjectReadOnly() throws Exception {
        project = ProjectFile.of(folder.resolve("sample"));
        Workbench.open(project, true).close();
        before = Files.readAllBytes(project.databaseFile());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.databaseFile().toString(),
                "--read-only");
        Waits.until(() -> library().getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowSaysItIsReadOnlyAndOffersNoEdits() throws Exception {
        Label notice = lookup("#readOnlyNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Read-only:").contains("nothing in this project can be changed");
        assertThat(Window.getWindows().stream().anyMatch(window -> window instanceof javafx.stage.Stage stage
                && stage.getTitle().endsWith("(read-only)"))).isTrue();

        assertThat(item("menuImport").isDisable()).isTrue();
        assertThat(item("menuTag-quantity").isDisable()).isTrue();
        assertThat(item("menuConfirm").isDisable()).isTrue();
        assertThat(item("menuRescan").isDisable()).isTrue();
        assertThat(item("menuManageTags").isDisable()).isTrue();
        assertThat(item("menuSourceDetails").isDisable()).isTrue();
        assertThat(item("menuExportReport").isDisable()).as("exporting reads only").isFalse();
        assertThat(List.of("menuExportClaims", "menuExportVerdicts", "menuExportProject", "menuExportClaimReview"))
                .allSatisfy(id -> assertThat(item(id).isDisable()).as("exporting reads only: " + id).isFalse());
        assertThat(item("menuNextSuggestion").isDisable()).as("moving between suggestions reads only").isFalse();

        assertThat(lookup("#groupRename").queryButton().isDisable()).isTrue();
        assertThat(lookup("#groupNote").queryAs(javafx.scene.control.TextArea.class).isEditable()).isFalse();

        // reading works: an article opens and its suggestions can be stepped through
        interact(() -> library().getSelectionModel().clearAndSelect(0));
        Waits.until(() -> lookup("#claimList").queryListView().getItems().size() > 0);

        // the library's menu offers only what changes nothing: showing the article's file
        javafx.scene.control.ContextMenu menu = library().getContextMenu();
        interact(() -> menu.show(library(), javafx.geometry.Side.RIGHT, 0, 0));
        assertThat(menu.getItems().stream().filter(entry -> !(entry instanceof javafx.scene.control.SeparatorMenuItem))
                .filter(entry -> !entry.isDisable()).map(javafx.scene.control.MenuItem::getId).toList())
                .containsExactly("librarySourceShowFile");
        interact(menu::hide);

        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
    }

    private MenuItem item(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof Menu submenu
                        ? java.util.stream.Stream.concat(java.util.stream.Stream.of(item), submenu.getItems().stream())
                        : java.util.stream.Stream.of(item))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
