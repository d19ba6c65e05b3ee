package org.crosscheck.extract;

/**
 * One word, number or punctuation mark of a text. Finders work on tokens rather than on
 * regular expressions over the whole text: one pass over the characters keeps extraction fast.
 *
 * @param lower          the text in lower case (the same string for numbers and punctuation)
 * @param newlinesBefore line breaks between the previous token and this one (a line is a paragraph)
 * @param spaceBefore    whether any white space separates this token from the previous one
 */
record Token(int start, int end, String text, String lower, Type type, int newlinesBefore, boolean spaceBefore, int triggers) {

    enum Type { WORD, NUMBER, PUNCT }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** Whether this word may start what a finder looks for (see {@link Triggers}). */
    boolean triggers(int flag) {
        return (triggers & flag) != 0;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** True when the token touches the previous one, as the parts of "2,000-3,000" or "ISIS-linked" do. */
    boolean glued() {
        return !spaceBefore;
    }

    char first() {
        return text.charAt(0);
    }
}
