package org.crosscheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies the story an article tells: a date (when it was published or happened; null
 * when unknown) and its terms in the order the article first uses them — name phrases and names
 * as written ("Sherie Lash", "Alturas"), ages ("12-year-old") and lower-case words of the title
 * and lead. Stored with each source, so that clustering never has to read article texts again.
 * Immutable and thread-safe.
 */
public record StoryFingerprint(LocalDate date, List<String> terms) {

    /** The version of {@link #encode()}: a stored fingerprint of another version is stale and made again. */
    public static final String FORMAT = "story1";

    private static final char SEPARATOR = '\t';

    /** A term never holds a separator or a line break: white space inside it becomes one space. */
    public StoryFingerprint {
        List<String> clean = new ArrayList<>(terms == null ? 0 : terms.size());
        if (terms != null) {
            for (String term : terms) {
                String tidy = tidy(term);
                if (!tidy.isEmpty()) {
                    clean.add(tidy);
                }
            }
        }
        terms = List.copyOf(clean);
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

    /** One line of text: the format, the ISO date (empty when unknown), then the terms, tab-separated. */
    public String encode() {
        StringBuilder text = new StringBuilder(FORMAT.length() + 12 + terms.size() * 10);
        text.append(FORMAT).append(SEPARATOR).append(date == null ? "" : date.toString());
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
        if (encoded == null || !encoded.startsWith(FORMAT + SEPARATOR)) {
            throw new IllegalArgumentException("not a story fingerprint of format " + FORMAT + ": "
                    + (encoded == null ? "null" : encoded.substring(0, Math.min(40, encoded.length()))));
        }
        String[] fields = encoded.split(String.valueOf(SEPARATOR), -1);
        LocalDate date = fields[1].isEmpty() ? null : LocalDate.parse(fields[1]);
        return new StoryFingerprint(date, List.of(fields).subList(2, fields.length));
    }
}
