package org.crosscheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies the story an article tells: a date (when it was published, or the first full
 * date of its text; null when unknown), the day its incident happened as its title and lead tell
 * it ("early Saturday" against the publication date; null when they do not), the story words of its
 * headline ("5", "wounded", "texas", "drive", "shooting"), and its terms in the
 * order the article first uses them — name phrases and names as written ("Sherie Lash",
 * "Alturas"), ages ("12-year-old") and lower-case words of the title and lead. Stored with each
 * source, so that clustering never has to read article texts again. Immutable and thread-safe.
 */
public record StoryFingerprint(LocalDate date, LocalDate eventDay, List<String> headline, List<String> terms) {

    /**
     * The version of {@link #encode()}: a stored fingerprint of another version is stale and made again
     * (story4 leaves out a page's list of other videos and a reporter's "Whenever … posts" box, as story3 did not;
     * story3 reads ages set off by commas, "Boy, 3,", and leaves out by-lines and photo credits, as story2 did not;
     * their fields are laid out alike).
     */
    public static final String FORMAT = "story4";
    /** The versions before: laid out as this one, and read as it is until made again. */
    private static final List<String> SAME_LAYOUT_FORMATS = List.of("story3", "story2");
    /** The version before event days: still read, with no event day, until its article is read again. */
    private static final String PREVIOUS_FORMAT = "story1";

    private static final char SEPARATOR = '\t';

    /** A term never holds a separator or a line break: white space inside it becomes one space. */
    public StoryFingerprint {
        headline = clean(headline);
        terms = clean(terms);
    }

    /** A fingerprint without an event day or a headline. */
    public StoryFingerprint(LocalDate date, List<String> terms) {
        this(date, null, List.of(), terms);
    }

    private static List<String> clean(List<String> terms) {
        List<String> clean = new ArrayList<>(terms == null ? 0 : terms.size());
        if (terms != null) {
            for (String term : terms) {
                String tidy = tidy(term);
                if (!tidy.isEmpty()) {
                    clean.add(tidy);
                }
            }
        }
        return List.copyOf(clean);
    }

    private static String tidy(String term) {
        if (term == null) {
            return "";
        }
        String stripped = term.strip();
        for (int index = 0; index < stripped.length(); index++) {
            char c = stripped.charAt(index);
            if (Character.isWhitespace(c) && (c != ' ' || stripped.charAt(index + 1) == ' ')) {
                return stripped.replaceAll("\\s+", " "); // rare: extracted terms join their words with one space
            }
        }
        return stripped;
    }

    /**
     * One line of text, tab-separated: the format, the ISO date and event day (empty when unknown), the
     * number of headline words, the headline words, then the terms.
     */
    public String encode() {
        StringBuilder text = new StringBuilder(FORMAT.length() + 28 + (headline.size() + terms.size()) * 10);
        text.append(FORMAT).append(SEPARATOR).append(date == null ? "" : date.toString())
                .append(SEPARATOR).append(eventDay == null ? "" : eventDay.toString())
                .append(SEPARATOR).append(headline.size());
        for (String word : headline) {
            text.append(SEPARATOR).append(word);
        }
        for (String term : terms) {
            text.append(SEPARATOR).append(term);
        }
        return text.toString();
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when the text is not a fingerprint of the current format
     */
    public static StoryFingerprint decode(String encoded) {
        if (encoded != null && encoded.startsWith(PREVIOUS_FORMAT + SEPARATOR)) {
            String[] fields = encoded.split(String.valueOf(SEPARATOR), -1);
            return new StoryFingerprint(day(fields[1]), null, List.of(), List.of(fields).subList(2, fields.length));
        }
        if (encoded == null || !encoded.startsWith(FORMAT + SEPARATOR)
                && SAME_LAYOUT_FORMATS.stream().noneMatch(format -> encoded.startsWith(format + SEPARATOR))) {
            throw new IllegalArgumentException("not a story fingerprint of format " + FORMAT + ": "
                    + (encoded == null ? "null" : encoded.substring(0, Math.min(40, encoded.length()))));
        }
        String[] fields = encoded.split(String.valueOf(SEPARATOR), -1);
        int headlineWords = fields.length < 4 || !isCount(fields[3]) ? -1 : Integer.parseInt(fields[3]);
        if (headlineWords < 0 || 4 + headlineWords > fields.length) {
            throw new IllegalArgumentException("a story fingerprint without its event day or headline: "
                    + encoded.substring(0, Math.min(40, encoded.length())));
        }
        List<String> all = List.of(fields);
        return new StoryFingerprint(day(fields[1]), day(fields[2]), all.subList(4, 4 + headlineWords),
                all.subList(4 + headlineWords, fields.length));
    }

    /** True when {@code encoded} is of the current format; a stored fingerprint that is not is worth making again. */
    public static boolean isCurrent(String encoded) {
        return encoded != null && encoded.startsWith(currentPrefix());
    }

    /** How every fingerprint of the current format begins, so a store can find the others without reading them. */
    public static String currentPrefix() {
        return FORMAT + SEPARATOR;
    }

    private static boolean isCount(String field) {
        return !field.isEmpty() && field.length() < 6 && field.chars().allMatch(Character::isDigit);
    }

    private static LocalDate day(String iso) {
        return iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
