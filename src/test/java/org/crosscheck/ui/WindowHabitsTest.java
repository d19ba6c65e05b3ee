package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.crosscheck.service.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The habits of a window one lives in: the text size, the layout and the recent projects are
 * remembered in the settings file between windows, and Help › About says what and where.
 */
class WindowHabitsTest extends FxRobot {

    @TempDir
    Path folder;

    private Path settingsFile() {
        return folder.resolve("data").resolve("settings.properties");
    }

    @Test
    void zoomScalesTheArticleAndTheLibraryAndIsRememberedForTheNextWindow() throws Exception {
        try (WindowOnSample window = WindowOnSample.open(folder, Settings.in(settingsFile()))) {
            Waits.until(() -> articleTextSize() > 0);
            double article = articleTextSize();
            double library = librarySize();
            assertThat(article).isCloseTo(15, within(0.3));
            push(KeyCode.CONTROL, KeyCode.EQUALS);
            push(KeyCode.CONTROL, KeyCode.EQUALS);
            Waits.until(() -> articleTextSize() > article * 1.2);
            assertThat(articleTextSize()).isCloseTo(article * 1.25, within(0.3));
            assertThat(librarySize()).isCloseTo(library * 1.25, within(0.3));
            push(KeyCode.CONTROL, KeyCode.MINUS);
            Waits.until(() -> Math.abs(articleTextSize() - article * 1.1) < 0.3);
        }
        Settings again = Settings.in(settingsFile());
        try (WindowOnSample window = WindowOnSample.open(folder.resolve("second"), again)) {
            Waits.until(() -> articleTextSize() > 0);
            assertThat(articleTextSize()).isCloseTo(15 * 1.1, within(0.3));
            push(KeyCode.CONTROL, KeyCode.DIGIT0);
            Waits.until(() -> Math.abs(articleTextSize() - 15) < 0.3);
            again.flush();
        }
        assertThat(Settings.in(settingsFile()).number("text.scale")).hasValue(1.0);
    }

    @Test
    void dividersTabAndSizeAreRestoredInTheNextWindowAndAPlaceOffEveryScreenIsNotUsed() throws Exception {
        Settings settings = Settings.in(settingsFile());
        try (WindowOnSample window = WindowOnSample.open(folder, settings)) {
            Waits.until(() -> lookup("#readingSplit").tryQuery().isPresent());
            interact(() -> {
                reading().setDividerPositions(0.3, 0.7);
                tabs().getSelectionModel().select(1);
                Stage stage = (Stage) reading().getScene().getWindow();
                stage.setWidth(1000);
                stage.setHeight(700);
            });
            settings.flush();
            interact(() -> { });
            settings.flush();
        }
        Settings saved = Settings.in(settingsFile());
        assertThat(saved.number("divider.readingSplit.0").orElse(0)).isCloseTo(0.3, within(0.01));
        assertThat(saved.get("tab.bottomTabs")).hasValue("timelineTab");
        // as if the window had last been on a second monitor that is no longer there
        saved.put("window.x", 5000);
        saved.put("window.y", 3000);
        double sourceColumn = saved.number("columns.statementTable.0").orElse(0);
        assertThat(sourceColumn).as("the column widths are remembered").isPositive();
        saved.put("columns.statementTable.0", sourceColumn + 120); // as if widened by dragging its edge
        try (WindowOnSample window = WindowOnSample.open(folder.resolve("second"), saved)) {
            Waits.until(() -> lookup("#readingSplit").tryQuery().isPresent());
            assertThat(reading().getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
            assertThat(reading().getDividerPositions()[1]).isCloseTo(0.7, within(0.01));
            assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("timelineTab");
            Stage stage = (Stage) reading().getScene().getWindow();
            assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(1000);
            assertThat(WindowLayout.onAScreen(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                    .isTrue();
            assertThat(stage.getX()).isLessThan(5000);
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<Object> statements = lookup("#statementTable").queryAs(
                    javafx.scene.control.TableView.class);
            Waits.until(() -> statements.getColumns().get(0).getWidth() > sourceColumn + 60);
        }
    }

    @Test
    void openRecentListsTheLatestFirstAndGreysOutAProjectThatIsGone() throws Exception {
        Settings settings = Settings.in(settingsFile());
        Path gone = folder.resolve("gone.mv.db");
        Path kept = Files.writeString(folder.resolve("kept.mv.db"), "");
        settings.addRecentProject(gone);
        settings.addRecentProject(kept);
        try (WindowOnSample window = WindowOnSample.open(folder, settings)) {
            settings.addRecentProject(folder.resolve("sample.mv.db")); // as the app does on opening it
            Waits.until(() -> lookup("#menuBar").tryQuery().isPresent());
            clickOn("_File".replace("_", ""));
            clickOn(Texts.get("menu.file.openRecent").replace("_", ""));
            Menu recent = menu("menuOpenRecent");
            Waits.until(() -> recent.getItems().size() >= 3 && recent.getItems().get(0).getId() != null);
            MenuItem first = recent.getItems().get(0);
            assertThat(first.getText()).contains("sample");
            assertThat(first.isDisable()).isTrue(); // the project open now
            assertThat(recent.getItems().get(1).getText()).contains("kept");
            assertThat(recent.getItems().get(1).isDisable()).isFalse();
            assertThat(recent.getItems().get(2).getText()).contains("gone", "(missing)");
            assertThat(recent.getItems().get(2).isDisable()).isTrue();
            interact(() -> recent.getItems().stream().filter(item -> "recentRemoveMissing".equals(item.getId()))
                    .findFirst().orElseThrow().fire());
            push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
            settings.flush();
        }
        assertThat(Settings.in(settingsFile()).recentProjects())
                .containsExactly(folder.resolve("sample.mv.db"), kept);
    }

    @Test
    void theRecentListKeepsTenProjectsOnceEachTheLatestFirst() {
        Settings settings = Settings.inMemory();
        for (int i = 0; i < 12; i++) {
            settings.addRecentProject(folder.resolve("p" + i + ".mv.db"));
        }
        settings.addRecentProject(folder.resolve("p5.mv.db"));
        assertThat(settings.recentProjects()).hasSize(10).startsWith(folder.resolve("p5.mv.db"),
                folder.resolve("p11.mv.db"), folder.resolve("p10.mv.db")).doesNotHaveDuplicates()
                .doesNotContain(folder.resolve("p0.mv.db"), folder.resolve("p1.mv.db"));
    }

    @Test
    void aboutGivesTheVersionWhereTheProjectAndLogAreAndTheLicences() throws Exception {
        try (WindowOnSample window = WindowOnSample.open(folder, Settings.in(settingsFile()))) {
            Waits.until(() -> lookup("#menuBar").tryQuery().isPresent());
            clickOn("Help");
            clickOn(Texts.get("menu.help.about").replace("_", ""));
            Waits.until(() -> lookup("#aboutVersion").tryQuery().isPresent());
            assertThat(lookup("#aboutVersion").queryAs(Label.class).getText())
                    .isEqualTo("Crosscheck " + AppInfo.version()).doesNotContain("unknown");
            assertThat(lookup("#aboutProject").queryAs(Label.class).getText()).endsWith("sample.mv.db");
            assertThat(lookup("#aboutLog").queryAs(Label.class).getText()).endsWith("crosscheck.log");
            assertThat(lookup("#aboutSettings").queryAs(Label.class).getText()).isEqualTo(settingsFile().toString());
            assertThat(lookup("#aboutLicences").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                    .stream().map(node -> ((Label) node).getText()).toList())
                    .contains("DejaVu Sans fonts (in reports)", "H2 Database", "MPL 2.0 or EPL 1.0", "Apache PDFBox");
            push(KeyCode.ESCAPE);
        }
    }

    @Test
    void theAppKeepsItsSettingsWhereTheSystemPropertySaysAndNoneForTests() {
        assertThat(System.getProperty("crosscheck.settings")).isEqualTo("none"); // set for every test by the pom
        assertThat(CrosscheckApp.settingsAt("none").file()).isEmpty();
        assertThat(CrosscheckApp.settingsAt(settingsFile().toString()).file()).contains(settingsFile());
    }

    @Test
    void withoutProjectOnTheCommandLineTheLastProjectStillThereOpens() throws Exception {
        Path gone = folder.resolve("gone.mv.db");
        Path kept = Files.writeString(folder.resolve("kept.mv.db"), "");
        assertThat(CrosscheckApp.projectFrom(java.util.List.of(), java.util.List.of(gone, kept)))
                .isEqualTo(org.crosscheck.service.ProjectPlace.file(kept));
        assertThat(CrosscheckApp.projectFrom(java.util.List.of("--project", folder.resolve("named").toString()),
                java.util.List.of(kept))).isEqualTo(org.crosscheck.service.ProjectPlace.file(folder.resolve("named.mv.db")));
        assertThat(CrosscheckApp.projectFrom(java.util.List.of("--project", "postgresql://ana:secret@db.example.org/team"),
                java.util.List.of(kept)).describe()).isEqualTo("postgresql://ana@db.example.org:5432/team");
        assertThat(CrosscheckApp.projectFrom(java.util.List.of(), java.util.List.of(gone)))
                .isEqualTo(org.crosscheck.service.ProjectPlace.defaultProject());
    }

    private double articleTextSize() {
        return lookup(".article .text").queryAll().stream().filter(node -> node instanceof Text)
                .map(node -> ((Text) node).getFont().getSize()).findFirst().orElse(0.0);
    }

    private double librarySize() {
        return lookup("#libraryList .source-title").queryAs(Label.class).getFont().getSize();
    }

    private SplitPane reading() {
        return lookup("#readingSplit").queryAs(SplitPane.class);
    }

    private TabPane tabs() {
        return lookup("#bottomTabs").queryAs(TabPane.class);
    }

    private Menu menu(String id) {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).map(Menu.class::cast).findFirst().orElseThrow();
    }
}
