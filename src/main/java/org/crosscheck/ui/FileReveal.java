package org.crosscheck.ui;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Library › Show the file: the folder the article was imported from, opened in the system's file
 * manager where there is one (java.awt.Desktop, on a background thread, as it may take a moment);
 * otherwise the file's path is put on the clipboard and the status bar says so.
 */
final class FileReveal {

    /** Opens a folder in the file manager; false when this system has none that Java can ask. */
    static final Predicate<Path> DESKTOP = folder -> {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }
        } catch (java.io.IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(FileReveal.class.getName())
                    .log(java.util.logging.Level.INFO, "Cannot open " + folder, e);
        }
        return false;
    };

    private FileReveal() {
    }

    static void reveal(MainViewModel model, String importedFrom, Predicate<Path> opener) {
        Path file = Path.of(importedFrom).toAbsolutePath();
        model.runInBackground(() -> {
            if (!Files.exists(file)) {
                return Outcome.GONE;
            }
            return opener.test(file.getParent()) ? Outcome.OPENED : Outcome.NOT_OPENED;
        }, outcome -> switch (outcome) {
            case GONE -> Texts.get("status.fileGone", file);
            case OPENED -> Texts.get("status.folderOpened", file.getParent());
            case NOT_OPENED -> {
                ClipboardContent path = new ClipboardContent();
                path.putString(file.toString());
                Clipboard.getSystemClipboard().setContent(path);
                yield Texts.get("status.pathCopied", file);
            }
        }, Texts.get("problem.showFile"));
    }

    private enum Outcome { GONE, OPENED, NOT_OPENED }
}
