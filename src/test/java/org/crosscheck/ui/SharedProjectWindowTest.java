package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ServerProject;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File › Open shared project on a server…: the form opens a project on PostgreSQL in the window, the
 * password shows nowhere, a wrong one is told in words, and what another person imports (or a group they
 * rename) meanwhile appears in the window within a few seconds. Skipped, saying why, without a test server.
 */
class SharedProjectWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theFormOpensASharedProjectAndOthersImportsAppearInTheLibrary() throws Exception {
        ServerProject project = TestProjects.freshDatabaseOnServer();
        String password = TestProjects.passwordOf(project);
        openTheWindowOnAFile();

        fillTheForm(project, password);
        clickOn(Texts.get("server.open"));

        Waits.until(() -> window().getTitle().contains(project.database()));
        assertThat(window().getTitle()).doesNotContain(password);
        Waits.until(() -> lookup("#libraryList").tryQuery().isPresent() && library().getItems().isEmpty());

        Path article = Files.writeString(folder.resolve("bridge.txt"),
                "Bridge closes after flood\n\nAbout 300 residents were evacuated on Monday, police said.\n");
        try (Workbench someoneElse = Workbench.open(project, false)) {
            someoneElse.imports().importFiles(List.of(article), Progress.NONE);
        }
        long imported = System.nanoTime();
        Waits.until(() -> library().getItems().size() == 1);
        assertThat((System.nanoTime() - imported) / 1e9).as("seconds until the window shows it").isLessThan(10);
        assertThat(library().getItems().get(0).title()).isEqualTo("Bridge closes after flood");
    }

    @Test
    void aGroupAnotherPersonRenamesIsRenamedInTheWindowWithinSeconds() throws Exception {
        ServerProject project = TestProjects.freshDatabaseOnServer();
        try (Workbench made = Workbench.open(project, true)) { // the sample articles, on the server
            assertThat(made.library().summaries()).hasSize(5);
        }
        openTheWindowOnAFile();
        fillTheForm(project, TestProjects.passwordOf(project));
        clickOn(Texts.get("server.open"));
        Waits.until(() -> window().getTitle().contains(project.database()));
        @SuppressWarnings("unchecked")
        ListView<org.crosscheck.model.ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> library().getItems().size() == 5 && !groups.getItems().isEmpty());
        String fighters = groups.getItems().get(0).id();

        try (Workbench someoneElse = Workbench.open(project, false)) {
            someoneElse.comparison().rename(fighters, "Fighters, as Bo calls them");
        }
        long renamed = System.nanoTime();
        Waits.until(() -> groups.getItems().stream().anyMatch(group -> group.name().equals("Fighters, as Bo calls them")));
        assertThat((System.nanoTime() - renamed) / 1e9).as("seconds until the window shows it").isLessThan(10);
    }

    @Test
    void aWrongPasswordIsToldInWordsAndTheOpenProjectStays() throws Exception {
        ServerProject project = TestProjects.freshDatabaseOnServer();
        openTheWindowOnAFile();
        String before = window().getTitle();

        fillTheForm(project, "not-the-password");
        clickOn(Texts.get("server.open"));

        Waits.until(() -> lookup(".dialog-pane .content").tryQuery().filter(node -> node instanceof Label
                && ((Label) node).getText().contains("refused the user")).isPresent());
        Label message = lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(message.getText()).contains(project.user()).contains("password is wrong").doesNotContain("not-the-password");
        assertThat(window().getTitle()).isEqualTo(before);
    }

    @Test
    void theFormSaysWhatIsMissingAndOpensNothingUntilItIsThere() throws Exception {
        openTheWindowOnAFile();
        openTheForm();
        Waits.until(() -> lookup("#serverProjectDialog").tryQuery().isPresent());
        TextField host = lookup("#serverHost").queryAs(TextField.class);
        TextField port = lookup("#serverPort").queryAs(TextField.class);
        interact(() -> host.setText("db.example.org"));
        interact(() -> port.setText("54x"));
        assertThat(lookup("#serverProblem").queryAs(Label.class).getText()).contains("port");
        assertThat(lookup(Texts.get("server.open")).queryAs(Button.class).isDisabled()).isTrue();
        interact(() -> port.setText("5432"));
        assertThat(lookup("#serverProblem").queryAs(Label.class).getText()).contains("database");
        clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
    }

    private void openTheWindowOnAFile() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", folder.resolve("mine").toString());
        Waits.until(() -> lookup("#libraryList").tryQuery().isPresent() && library().getItems().size() == 5);
    }

    /** File › Open shared project on a server… (later, as the menu does: the form waits for its answer). */
    private void openTheForm() {
        javafx.scene.control.MenuBar bar = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(each -> "menuOpenServerProject".equals(each.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
    }

    private void fillTheForm(ServerProject project, String password) {
        openTheForm();
        Waits.until(() -> lookup("#serverProjectDialog").tryQuery().isPresent());
        interact(() -> {
            lookup("#serverHost").queryAs(TextField.class).setText(project.host());
            lookup("#serverPort").queryAs(TextField.class).setText(String.valueOf(project.port()));
            lookup("#serverDatabase").queryAs(TextField.class).setText(project.database());
            lookup("#serverUser").queryAs(TextField.class).setText(project.user());
            lookup("#serverPassword").queryAs(TextField.class).setText(password);
        });
    }

    private Stage window() {
        return (Stage) Window.getWindows().stream().filter(each -> each instanceof Stage stage && stage.getOwner() == null)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
