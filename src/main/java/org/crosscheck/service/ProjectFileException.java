package org.crosscheck.service;

import java.nio.file.Path;

/**
 * A JSON project file that cannot be restored: damaged, cut short, of another program or of a
 * newer Crosscheck. The message names the file and where in it the problem is (a line, or a field
 * such as {@code claims[12].source}), for the person who has to mend or replace it.
 */
public final class ProjectFileException extends RuntimeException {

    private final String detail;

    ProjectFileException(String detail) {
        super(detail);
        this.detail = detail;
    }

    private ProjectFileException(Path file, String detail, Throwable cause) {
        super("Cannot restore " + file + ": " + detail + ".", cause);
        this.detail = detail;
    }

    /** The same problem, said of {@code file}. */
    ProjectFileException of(Path file) {
        return new ProjectFileException(file, detail, getCause());
    }

    static ProjectFileException of(Path file, String detail, Throwable cause) {
        return new ProjectFileException(file, detail, cause);
    }
}
