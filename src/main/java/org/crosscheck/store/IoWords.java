package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A file-system failure in plain words: Java's messages are often only the path. */
final class IoWords {

    private IoWords() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "Crosscheck may not write to " + denied.getFile() + ". Choose a folder you can write to";
        }
        if (e instanceof NoSuchFileException missing) {
            return "the folder of " + missing.getFile() + " does not exist";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage() == null ? "the file could not be read or written" : e.getMessage();
    }
}
