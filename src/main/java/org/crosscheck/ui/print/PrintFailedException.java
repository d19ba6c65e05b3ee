package org.crosscheck.ui.print;

/** The printer took the job but could not print it, or the PDF to print could not be read. */
public final class PrintFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrintFailedException(String message) {
        super(message);
    }

    public PrintFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
