package org.crosscheck.ui;

/** Where view models report what happened: the status bar, and a dialog for errors. */
public interface Notices {

    void info(String message);

    /** An action failed; {@code problem} says what the user tried, {@code cause} why it failed. */
    void error(String problem, Throwable cause);

    /**
     * The words to show for a failure: the deepest message that reads like a sentence. A failure
     * with no words of its own is a fault of Crosscheck's; its class name would mean nothing to the
     * researcher, so the screen says where the details are.
     */
    static String describe(Throwable cause) {
        Throwable current = cause;
        while (current.getCause() != null && (current.getMessage() == null
                || current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException)) {
            current = current.getCause();
        }
        String message = current.getMessage();
        return message == null || message.isBlank() ? Texts.get("problem.noWords") : message;
    }
}
