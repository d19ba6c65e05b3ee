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

    /** How many words of a title make its short title, as a citation shortens a title. */
    private static final int TITLE_WORDS = 4;

    /** Words a short title does not begin with (an article) or end on (it would read as cut). */
    private static final java.util.Set<String> LEADING = java.util.Set.of("a", "an", "the");
    private static final java.util.Set<String> DANGLING = java.util.Set.of("a", "an", "the", "and", "or", "but",
            "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "into", "over", "is", "are", "was",
            "were", "has", "have", "its", "their", "his", "her", "says", "said", "about", "after", "before",
            "amid", "near", "against", "than", "that", "who", "which", "while", "during", "outside", "inside");

    /**
     * What tells a source from the others in the comparison, on the timeline and in the report: its
     * outlet, or, when nobody recorded one, its short title in quotation marks (“Islamic State group
     * training”), the way a citation shortens a title: up to four words, no leading article, never
     * ending on a word that leaves the phrase hanging. The quotation marks say it is a headline, not
     * an outlet, and there is no "…" to read as text cut off; the whole title is shown on hover.
     * Two sources with no outlet would otherwise both read "outlet unknown".
     */
    public static String sourceName(String outlet, String title) {
        if (outlet != null && !outlet.isBlank() && !UNKNOWN.equals(outlet.strip())) {
            return outlet.strip();
        }
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            return UNKNOWN;
        }
        return "\u201c" + shortTitle(stripped) + "\u201d";
    }

    /** The first words of a title, as a phrase that reads whole. */
    static String shortTitle(String title) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(title.split("\\s+")));
        if (words.size() > 1 && LEADING.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        java.util.List<String> kept = new java.util.ArrayList<>(words.subList(0, Math.min(TITLE_WORDS, words.size())));
        if (kept.size() < words.size()) {
            while (kept.size() > 1 && DANGLING.contains(bare(kept.get(kept.size() - 1)))) {
                kept.remove(kept.size() - 1);
            }
        }
        String joined = String.join(" ", kept);
        // a comma or colon the title had after the last word kept is no end of a phrase
        return kept.size() < words.size() ? joined.replaceAll("[,;:\\u2013\\u2014-]+$", "") : joined;
    }

    private static String bare(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The outlet, or "outlet unknown" when it is blank. */
    public static String shown(String outlet) {
        return outlet == null || outlet.isBlank() ? UNKNOWN : outlet.strip();
    }
}
