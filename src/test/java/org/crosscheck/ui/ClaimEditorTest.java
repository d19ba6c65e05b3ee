package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Claim;
import org.junit.jupiter.api.Test;

/** The claim editor in the real window: a corrected figure and speaker are saved and can be undone. */
class ClaimEditorTest extends SampleWindowTest {

    @Test
    void aFigureSpeakerAndSubjectCorrectedInTheEditorAreSavedAsTheExtractorReadsThemAndUndoable() {
        @SuppressWarnings("unchecked")
        ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
        Waits.until(() -> !claims.getItems().isEmpty());
        Claim first = claims.getItems().get(0);
        interact(() -> claims.getSelectionModel().select(0));
        TextField low = lookup("#editorLow").queryAs(TextField.class);
        TextField speaker = lookup("#editorSpeaker").queryAs(TextField.class);
        Waits.until(() -> !low.isDisabled());

        interact(low::clear);
        // the editor scrolls; focus a field as Tab would, then type as a user does
        interact(low::requestFocus);
        write("2500").push(KeyCode.ENTER);
        Waits.until(() -> stored(claims, first.id()).quantity().low() == 2500.0);
        interact(() -> {
            speaker.requestFocus();
            speaker.selectAll();
        });
        write("Sputnik").push(KeyCode.ENTER);
        Waits.until(() -> stored(claims, first.id()).speaker().equals("Sputnik"));
        TextField subject = lookup("#editorSubject").queryAs(TextField.class);
        interact(() -> {
            subject.requestFocus();
            subject.selectAll();
        });
        write("the Taliban").push(KeyCode.ENTER);
        Waits.until(() -> stored(claims, first.id()).subject().equals("Taliban"));

        // Ctrl+Z inside a text field undoes typing there, as in any application; the project's undo
        // is for the window: leave the field first
        interact(claims::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> stored(claims, first.id()).subject().equals(first.subject()));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> stored(claims, first.id()).speaker().equals(first.speaker()));
        assertThat(stored(claims, first.id()).quantity().low()).isEqualTo(2500.0);
    }

    private static Claim stored(ListView<Claim> claims, long id) {
        return claims.getItems().stream().filter(claim -> claim.id() == id).findFirst().orElseThrow();
    }
}
