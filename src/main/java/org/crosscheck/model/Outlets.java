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

    /** How many words of a title name a source that has no outlet. */
    private static final int TITLE_WORDS = 3;

    /**
     * What tells a source from the others in the comparison and on the timeline: its outlet, or,
     * when nobody recorded one, the first words of its title ("Islamic State group …"), since two
     * sources with no outlet would otherwise both read "outlet unknown".
     */
    public static String sourceName(String outlet, String title) {
        if (outlet != null && !outlet.isBlank() && !UNKNOWN.equals(outlet.strip())) {
            return outlet.strip();
        }
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            return UNKNOWN;
        }
        String[] words = stripped.split("\\s+");
        return words.length <= TITLE_WORDS ? stripped
                : String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
    }

    /** The outlet, or "outlet unknown" when it is blank. */
    public static String shown(String outlet) {
        return outlet == null || outlet.isBlank() ? UNKNOWN : outlet.strip();
    }
}
