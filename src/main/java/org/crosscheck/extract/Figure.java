package org.crosscheck.extract;

/**
 * A number as read from tokens {@code [first, end)}: an exact value, or for vague amounts
 * ("several hundred", "dozens") the interval it stands for.
 *
 * @param vague the vague amount as written in lower case ("hundreds"), null for a plain figure
 */
record Figure(int first, int end, double low, double high, Kind kind, String vague) {

    enum Kind { DIGITS, WORDS, FRACTION, VAGUE }

    static Figure exact(int first, int end, double value, Kind kind) {
        return new Figure(first, end, value, value, kind, null);
    }

    double value() {
        return low;
    }

    boolean isVague() {
        return kind == Kind.VAGUE;
    }
}
