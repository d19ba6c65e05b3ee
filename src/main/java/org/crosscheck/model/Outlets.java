package org.crosscheck.model;

/**
 * How a missing outlet is shown: the same words in the article's heading, the library, the
 * comparison, the timeline and the report, never a blank in one place and the title in another.
 */
public final class Outlets {

    /** What stands for an outlet nobody recorded. */
    public static final String UNKNOWN = "outlet unknown";

    private Outlets() {
    }

    /** The outlet, or "outlet unknown" when it is blank. */
    public static String shown(String outlet) {
        return outlet == null || outlet.isBlank() ? UNKNOWN : outlet.strip();
    }
}
