package org.crosscheck.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: beside its target, then moved over it in one step, so a
 * failed or cancelled export never leaves half a file, nor destroys the one that was there before.
 */
final class WholeFile {

    /** Writes the file's content to the path it is given. */
    @FunctionalInterface
    interface Writer {
        void writeTo(Path partial) throws IOException;
    }

    private WholeFile() {
    }

    static Path write(Path file, Progress progress, Writer writer) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            writer.writeTo(partial);
            progress.update(1, 1, "Saving " + file.getFileName());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
        return file;
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // a stray .part file is harmless, and the export's own outcome is what matters
        }
    }
}
