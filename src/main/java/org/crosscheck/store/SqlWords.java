package org.crosscheck.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database failure in the researcher's words. H2's own messages name SQL statements, Java
 * classes and error numbers; those go to the log, and the screen gets what happened and what to do.
 */
final class SqlWords {

    private static final int READ_ONLY = 90097;
    private static final int FILE_CORRUPTED = 90030;
    private static final int IO_EXCEPTION = 90028;
    private static final int IO_EXCEPTION_2 = 90031;
    private static final int OUT_OF_MEMORY = 90108;
    private static final int CLOSED = 90098;

    private SqlWords() {
    }

    /** What went wrong, as the end of a sentence beginning "Cannot …: ". */
    static String reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case READ_ONLY -> "the project is open read-only, so nothing can be changed";
            case FILE_CORRUPTED -> "the project file is damaged (Help › Check project says more)";
            case IO_EXCEPTION, IO_EXCEPTION_2 -> "the project file could not be read or written. Check that the disk "
                    + "is not full and the drive is still there, then try again";
            case OUT_OF_MEMORY -> "there is not enough memory";
            case CLOSED -> "the project had to be closed after it could not be written (is the disk full?). Free some "
                    + "space and open the project again";
            default -> writingFailed(e) ? "the project file could not be written. Check that the disk is not full, "
                    + "then try again" : "the project database reported an error (details are in crosscheck.log)";
        };
    }

    /** A change or a read that failed. */
    static StoreException workFailure(String what, SQLException e) {
        return new StoreException("Cannot " + what + ": " + reason(e) + ".", e);
    }

    /** A project that would not open. */
    static StoreException openFailure(Path file, SQLException e) {
        if (e.getErrorCode() == FILE_CORRUPTED || e.getErrorCode() == IO_EXCEPTION) {
            return SchemaCheck.damaged(file, "H2 cannot read it");
        }
        return new StoreException("Cannot open the project " + file + ": " + reason(e) + ".", e);
    }

    /** H2 reports a full disk as a general error whose cause says a write failed. */
    private static boolean writingFailed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Writing to") || message.contains("No space left")) {
                return true;
            }
        }
        return false;
    }
}
