package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File › Export: its submenu, and each export written off the JavaFX thread with the status bar saying what it saved. */
class ExportMenuTest extends FxRobot {

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

    @Test
    void theExportSubmenuOffersEveryFormatInOnePlace() {
        Menu export = exportMenu();

        assertThat(export.getItems().stream().map(MenuItem::getId)).containsExactly("menuExportClaims",
                "menuExportVerdicts", "menuExportProject", "menuExportClaimReview", "menuExportQdpx");
        assertThat(export.getItems().stream().map(MenuItem::getText)).containsExactly("Claims (CSV)…",
                "Verdicts (CSV)…", "Project (JSON)…", "ClaimReview…", "REFI-QDA project…");
    }

    @Test
    void claimReviewAsksForTheResearcherOfferingTheUserNameAndCancelWritesNothing() throws IOException {
        MenuItem review = exportMenu().getItems().stream().filter(item -> "menuExportClaimReview".equals(item.getId()))
                .findFirst().orElseThrow();

        javafx.application.Platform.runLater(review::fire); // the dialog waits for an answer: not inside interact
        Waits.until(() -> lookup("#researcherName").tryQuery().isPresent());
        assertThat(lookup("#researcherName").queryTextInputControl().getText())
                .isEqualTo(System.getProperty("user.name"));
        type(javafx.scene.input.KeyCode.ESCAPE);

        Waits.until(() -> lookup("#researcherName").tryQuery().isEmpty());
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".jsonld"));
        }
        assertThat(statusMessage()).doesNotStartWith("Saved");
    }

    @Test
    void theClaimsTableIsSavedAndTheStatusBarSaysHowManyClaims() throws IOException {
        Path file = folder.resolve("claims.csv");

        interact(() -> model.exports().exportClaims(file));

        Waits.until(() -> statusMessage().contains(file.toString()));
        List<CSVRecord> rows = read(file);
        assertThat(statusMessage()).isEqualTo(Texts.get("status.exportedClaims", file, (long) rows.size() - 1));
        assertThat(rows.get(0).get(0)).isEqualTo("source title");
        assertThat(rows.stream().map(row -> row.get(5))).contains("nearly 3,500 ISIS-linked jihadists");
    }

    @Test
    void theVerdictsTableIsSavedWithARowPerPair() throws IOException {
        Path file = folder.resolve("verdicts.csv");

        interact(() -> model.exports().exportVerdicts(file));

        Waits.until(() -> statusMessage().contains(file.toString()));
        List<CSVRecord> rows = read(file);
        assertThat(statusMessage()).isEqualTo(Texts.get("status.exportedVerdicts", file, (long) rows.size() - 1));
        assertThat(rows.get(0).get(11)).isEqualTo("verdict");
    }

    @Test
    void aClaimReviewOfNothingConfirmedSaysWhyItIsEmptyAndTheResearcherIsRemembered() {
        Path file = folder.resolve("reviews.jsonld");

        interact(() -> model.exports().exportClaimReview(file, "Jane Doe"));

        Waits.until(() -> statusMessage().equals(Texts.get("status.exportedNoClaimReview", file, 0L)));
        AtomicReference<String> researcher = new AtomicReference<>();
        interact(() -> model.exports().researcherName(researcher::set));
        Waits.until(() -> "Jane Doe".equals(researcher.get()));
    }

    private Menu exportMenu() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(item -> "menuExport".equals(item.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    private String statusMessage() {
        return lookup("#statusMessage").queryAs(Label.class).getText();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
