package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Two people editing one claim, in one process: while the window shows a claim, "bob" changes it
 * (as his own window on the shared project would); the researcher's save then asks "Changed by bob
 * at 14:02 since you opened it: Reload (take theirs) / Overwrite (keep yours)", and either choice
 * can be undone.
 */
class ClaimConflictWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private ListView<Claim> claims;
    private Claim first;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openAClaimThatBobThenChanges() throws Exception {
        window = WindowOnSample.open(folder);
        claims = lookup("#claimList").queryAs(ListView.class);
        Waits.until(() -> !claims.getItems().isEmpty());
        first = claims.getItems().get(0);
        interact(() -> claims.getSelectionModel().select(0));
        Waits.until(() -> !lookup("#editorSpeaker").queryAs(TextField.class).isDisabled());

        String user = System.getProperty("crosscheck.user");
        System.setProperty("crosscheck.user", "bob");
        try {
            window.workbench().claims().update(withSpeaker(first, "Bob's source"));
        } finally {
            if (user == null) {
                System.clearProperty("crosscheck.user");
            } else {
                System.setProperty("crosscheck.user", user);
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void overwritingSavesMineAndUndoBringsBobsBack() {
        typeSpeaker("My source");
        clickInDialog("Overwrite (keep yours)");

        Waits.until(() -> stored().speaker().equals("My source"));
        interact(claims::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> stored().speaker().equals("Bob's source"));
    }

    @Test
    void reloadingShowsBobsAndUndoSavesMineAfterAll() {
        typeSpeaker("My source");
        clickInDialog("Reload (take theirs)");

        TextField speaker = lookup("#editorSpeaker").queryAs(TextField.class);
        Waits.until(() -> speaker.getText().equals("Bob's source"));
        assertThat(stored().speaker()).isEqualTo("Bob's source");
        interact(claims::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> stored().speaker().equals("My source"));
        Waits.until(() -> speaker.getText().equals("My source"));
    }

    private void typeSpeaker(String words) {
        TextField speaker = lookup("#editorSpeaker").queryAs(TextField.class);
        assertThat(speaker.getText()).isEqualTo(first.speaker()); // the window still shows what it opened
        interact(() -> {
            speaker.requestFocus();
            speaker.selectAll();
        });
        write(words).push(KeyCode.ENTER);
    }

    private void clickInDialog(String button) {
        Waits.until(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).matches("Changed by bob at \\d\\d:\\d\\d since you opened it\\.");
        assertThat(lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("Reload (take theirs)", "Overwrite (keep yours)");
        clickOn(button);
    }

    private Claim stored() {
        return window.workbench().claims().allClaims().stream().filter(claim -> claim.id() == first.id())
                .findFirst().orElseThrow();
    }

    private static Claim withSpeaker(Claim claim, String speaker) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), claim.subject(), speaker, claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }
}
