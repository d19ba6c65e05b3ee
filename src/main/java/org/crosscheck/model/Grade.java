package org.crosscheck.model;

import java.util.Objects;

/**
 * A reliability grade on the NATO / Admiralty scale: how reliable the source is (A, completely
 * reliable, to F, cannot be judged) and how credible the information is (1, confirmed, to 6,
 * cannot be judged). Written as "B2".
 */
public record Grade(char reliability, int credibility) {

    public static final String RELIABILITY_LETTERS = "ABCDEF";

    public Grade {
        if (RELIABILITY_LETTERS.indexOf(reliability) < 0) {
            throw new IllegalArgumentException("source reliability must be A to F, not " + reliability);
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("information credibility must be 1 to 6, not " + credibility);
        }
    }

    /** Reads "B2" (any case, surrounding blanks allowed); null or blank gives null. */
    public static Grade parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 2 || !Character.isDigit(code.charAt(1))) {
            throw new IllegalArgumentException("a grade is a letter A-F and a digit 1-6, like B2, not " + text);
        }
        return new Grade(code.charAt(0), code.charAt(1) - '0');
    }

    public String code() {
        return "" + reliability + credibility;
    }

    @Override
    public String toString() {
        return code();
    }

    public static String codeOf(Grade grade) {
        return Objects.toString(grade == null ? null : grade.code(), "");
    }
}
