package org.crosscheck.extract;

import java.util.List;
import java.util.Map;

/**
 * Reads a figure starting at a token: digits with separators ("10,000", "2.5 million", "5bn"),
 * number words ("three", "twenty-five", "a dozen", "three-quarters") and vague amounts
 * ("hundreds", "several hundred", "a few thousand", "tens of thousands"). It says nothing about
 * whether the figure is a quantity: that is {@link QuantityFinder}'s call.
 */
final class NumberParser {

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, Double> MULTIPLIERS = Map.of(
            "hundred", 100.0, "thousand", 1_000.0, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "m", 1e6, "bn", 1e9, "k", 1_000.0, "mln", 1e6, "dozen", 12.0);

    private static final Map<String, Double> FRACTIONS = Map.of(
            "half", 0.5, "halves", 0.5, "third", 1 / 3.0, "thirds", 1 / 3.0, "quarter", 0.25, "quarters", 0.25,
            "fifth", 0.2, "fifths", 0.2, "tenth", 0.1, "tenths", 0.1);

    /** Plural amounts standing alone: the interval a careful reader would give them. */
    private static final Map<String, double[]> VAGUE_PLURALS = Map.of(
            "dozens", new double[] {24, 99}, "scores", new double[] {40, 99}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2_000, 9_999}, "millions", new double[] {2e6, 9_999_999},
            "billions", new double[] {2e9, 9_999_999_999.0});

    /**
     * Units written onto a figure ("300p", "6GB", "40km"): the figure counts the unit. Pence and
     * storage are the ones news writes glued; a "m" stays a million (see MULTIPLIERS).
     */
    private static final java.util.Set<String> UNIT_SUFFIXES = java.util.Set.of("p", "kb", "mb", "gb", "tb", "ghz",
            "mhz", "kg", "km", "mph");

    /** Every word that can start a figure; looked up once per word before the parser's rules run. */
    static final java.util.Set<String> STARTERS = starters();

    private NumberParser() {
    }

    private static java.util.Set<String> starters() {
        java.util.Set<String> words = new java.util.HashSet<>(UNITS.keySet());
        words.addAll(VAGUE_PLURALS.keySet());
        words.addAll(java.util.List.of("a", "an", "half", "dozen", "several", "few", "tens"));
        return java.util.Set.copyOf(words);
    }

    /** The figure starting at token {@code index}, read no further than {@code limit}, or null. */
    static Figure parse(List<Token> tokens, int index, int limit) {
        Token token = tokens.get(index);
        if (token.isNumber()) {
            return digits(tokens, index, limit);
        }
        if (!token.isWord() || !token.triggers(Triggers.FIGURE)) {
            return null;
        }
        Figure vague = vague(tokens, index, limit);
        if (vague != null) {
            return vague;
        }
        return words(tokens, index, limit);
    }

    /** The value of a digit token such as "10,000", "2.5" or "5bn"; NaN when it is not a plain number. */
    static double digitValue(String text) {
        int end = 0;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ',' || text.charAt(end) == '.')) {
            end++;
        }
        String digits = text.substring(0, end);
        if (digits.indexOf('.') != digits.lastIndexOf('.')) {
            return Double.NaN;
        }
        String suffix = text.substring(end).toLowerCase(java.util.Locale.ROOT);
        double multiplier = 1;
        if (!suffix.isEmpty() && !UNIT_SUFFIXES.contains(suffix)) {
            Double known = MULTIPLIERS.get(suffix);
            if (known == null) {
                return Double.NaN;
            }
            multiplier = known;
        }
        try {
            return Double.parseDouble(digits.replace(",", "")) * multiplier;
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** The unit glued to a figure as written ("p" of "300p", "GB" of "6GB"), or null. */
    static String unitSuffix(String text) {
        int end = text.length();
        while (end > 0 && Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        String suffix = text.substring(end);
        return end > 0 && !suffix.isEmpty() && UNIT_SUFFIXES.contains(suffix.toLowerCase(java.util.Locale.ROOT)) ? suffix : null;
    }

    private static Figure digits(List<Token> tokens, int index, int limit) {
        double value = digitValue(tokens.get(index).text());
        if (Double.isNaN(value)) {
            return null;
        }
        int end = index + 1;
        if (end < limit && tokens.get(end).isWord() && MULTIPLIERS.containsKey(tokens.get(end).lower())
                && tokens.get(end).text().length() > 1) {
            value *= MULTIPLIERS.get(tokens.get(end).lower());
            end++;
        }
        return Figure.exact(index, end, value, Figure.Kind.DIGITS);
    }

    private static Figure vague(List<Token> tokens, int index, int limit) {
        String word = tokens.get(index).lower();
        double[] plural = VAGUE_PLURALS.get(word);
        if (plural != null) {
            // "tens of thousands", "hundreds of thousands"
            if (index + 2 < limit && tokens.get(index + 1).is("of") && VAGUE_PLURALS.containsKey(tokens.get(index + 2).lower())
                    && !tokens.get(index + 2).is("dozens")) {
                double[] scale = VAGUE_PLURALS.get(tokens.get(index + 2).lower());
                return new Figure(index, index + 3, plural[0] * scale[0], plural[1] * scale[0] + scale[0] - 1,
                        Figure.Kind.VAGUE, word + " of " + tokens.get(index + 2).lower());
            }
            return new Figure(index, index + 1, plural[0], plural[1], Figure.Kind.VAGUE, word);
        }
        if (word.equals("tens") && index + 2 < limit && tokens.get(index + 1).is("of")
                && VAGUE_PLURALS.containsKey(tokens.get(index + 2).lower())) {
            double scale = VAGUE_PLURALS.get(tokens.get(index + 2).lower())[0];
            return new Figure(index, index + 3, 10 * scale, 99 * scale, Figure.Kind.VAGUE, "tens of " + tokens.get(index + 2).lower());
        }
        int next = index + 1;
        String key = word;
        if (word.equals("a") && next < limit && tokens.get(next).is("handful")) {
            return new Figure(index, next + 1, 3, 6, Figure.Kind.VAGUE, "a handful"); // see QualifierRules' table
        }
        if (word.equals("a") && next < limit && tokens.get(next).is("few")) {
            key = "a few";
            next++;
        } else if (word.equals("a") && next + 1 < limit && tokens.get(next).is("couple") && tokens.get(next + 1).is("of")) {
            key = "a couple of";
            next += 2;
        } else if (!word.equals("several") && !word.equals("few")) {
            return null;
        }
        if (next >= limit) {
            return null;
        }
        String scaleWord = tokens.get(next).lower();
        double scale = scaleWord.equals("dozen") ? 12 : MULTIPLIERS.getOrDefault(scaleWord, 0.0);
        if (scale < 12 || tokens.get(next).text().length() < 3) {
            return null;
        }
        // see the table in QualifierRules: several = [2, 9.99] x, a few = [2, 5] x, a couple of = [2, 3] x
        double low = 2 * scale;
        double high = key.equals("several") ? scale * 10 - 1 : key.equals("a couple of") ? 3 * scale : 5 * scale;
        return new Figure(index, next + 1, low, high, Figure.Kind.VAGUE, key + " " + scaleWord);
    }

    private static Figure words(List<Token> tokens, int index, int limit) {
        Token token = tokens.get(index);
        String word = token.lower();
        if (word.equals("a") || word.equals("an")) {
            if (index + 1 < limit) {
                String next = tokens.get(index + 1).lower();
                if (next.equals("dozen")) {
                    return scaled(tokens, index, index + 2, 12, limit);
                }
                if (next.equals("hundred") || next.equals("thousand") || next.equals("million") || next.equals("billion")) {
                    return scaled(tokens, index, index + 2, MULTIPLIERS.get(next), limit);
                }
                if (next.equals("third") || next.equals("quarter") || next.equals("half")) {
                    return Figure.exact(index, index + 2, FRACTIONS.get(next), Figure.Kind.FRACTION);
                }
            }
            return null;
        }
        if (word.equals("half") && index + 2 < limit && tokens.get(index + 1).is("a")
                && (tokens.get(index + 2).is("dozen") || tokens.get(index + 2).text().length() > 2
                && MULTIPLIERS.containsKey(tokens.get(index + 2).lower()))) {
            String scale = tokens.get(index + 2).lower(); // "half a million films", "half a dozen"
            return scaled(tokens, index, index + 3, 0.5 * (scale.equals("dozen") ? 12 : MULTIPLIERS.get(scale)), limit);
        }
        if (word.equals("half")) {
            return Figure.exact(index, index + 1, 0.5, Figure.Kind.FRACTION);
        }
        if (word.equals("dozen")) {
            return scaled(tokens, index, index + 1, 12, limit);
        }
        Integer unit = UNITS.get(word);
        if (unit == null) {
            return null;
        }
        int end = index + 1;
        double value = unit;
        // "twenty-five", "three-quarters", "two-thirds"
        if (end + 1 < limit && tokens.get(end).is("-") && tokens.get(end).glued() && tokens.get(end + 1).glued()) {
            String after = tokens.get(end + 1).lower();
            Integer ones = UNITS.get(after);
            if (ones != null && unit >= 20 && unit % 10 == 0 && ones < 10) {
                value += ones;
                end += 2;
            } else if (FRACTIONS.containsKey(after)) {
                return Figure.exact(index, end + 2, unit * FRACTIONS.get(after), Figure.Kind.FRACTION);
            }
        }
        return scaled(tokens, index, end, value, limit);
    }

    /** Applies "hundred", "thousand", "million" after a number word: "three hundred", "a dozen". */
    private static Figure scaled(List<Token> tokens, int first, int end, double value, int limit) {
        while (end < limit && tokens.get(end).isWord()) {
            String next = tokens.get(end).lower();
            Double multiplier = next.length() > 2 ? MULTIPLIERS.get(next) : null;
            if (multiplier == null) {
                break;
            }
            value *= multiplier;
            end++;
        }
        return Figure.exact(first, end, value, Figure.Kind.WORDS);
    }
}
