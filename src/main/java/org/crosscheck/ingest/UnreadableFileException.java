package org.crosscheck.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be imported. The message names the file and says why in words a
 * researcher understands ("report.pdf is not a text file"), so it can be shown as it is.
 */
public final class UnreadableFileException extends RuntimeException {

    private final transient Path file;

    public UnreadableFileException(Path file, String reason) {
        super(file.getFileName() + " " + reason);
        this.file = file;
    }

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + " " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
