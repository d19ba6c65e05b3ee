package org.crosscheck.ui.print;

/** There is no printer to print on; the message says what the user can do instead. */
public final class NoPrinterException extends RuntimeException {

    public static final String MESSAGE = "No printer is set up on this computer. "
            + "Export the report as PDF instead, or add a printer in your system settings.";

    private static final long serialVersionUID = 1L;

    public NoPrinterException() {
        super(MESSAGE);
    }
}
