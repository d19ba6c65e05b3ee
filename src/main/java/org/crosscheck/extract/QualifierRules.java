package org.crosscheck.extract;

import java.util.List;
import java.util.Map;

/**
 * How a hedge before a figure turns it into an interval {@code [low, high]} (null = open end).
 * One table, so that every suggested claim is read the same way and comparisons stay fair.
 *
 * <table>
 * <caption>Qualifier rules (x = the figure; a stated range [a, b] is kept as stated)</caption>
 * <tr><th>rule</th><th>qualifiers</th><th>single figure</th><th>range [a, b]</th></tr>
 * <tr><td>EXACT</td><td>(none), only, just, exactly, precisely, a total of</td><td>[x, x]</td><td>[a, b]</td></tr>
 * <tr><td>APPROXIMATE</td><td>about, around, roughly, approximately, some, an estimated, estimated, circa</td>
 *     <td>[0.85x, 1.15x]</td><td>[a, b]</td></tr>
 * <tr><td>JUST_BELOW</td><td>nearly, almost, close to, just under, not quite</td><td>[0.9x, x]</td><td>[0.9a, b]</td></tr>
 * <tr><td>OPEN_ABOVE</td><td>more than, over, at least, stronger than, greater than, above, in excess of,
 *     upwards of, no fewer than, no less than, well over, a minimum of</td><td>[x, null]</td><td>[a, null]</td></tr>
 * <tr><td>OPEN_BELOW</td><td>as many as, up to, at most, fewer than, less than, under, below, no more than,
 *     a maximum of, as much as</td><td>[null, x]</td><td>[null, b]</td></tr>
 * </table>
 *
 * <table>
 * <caption>Vague amounts (read by {@link NumberParser}; a qualifier opens their ends as above)</caption>
 * <tr><th>words</th><th>interval</th></tr>
 * <tr><td>dozens</td><td>[24, 99]</td></tr>
 * <tr><td>scores</td><td>[40, 99]</td></tr>
 * <tr><td>hundreds, thousands, millions</td><td>[100, 999], [1,000, 9,999], [1e6, 999e6]</td></tr>
 * <tr><td>tens of thousands, hundreds of thousands</td><td>[10,000, 99,999], [100,000, 999,999]</td></tr>
 * <tr><td>several hundred / thousand / dozen</td><td>[2x, 10x - 1] (several hundred = [200, 999])</td></tr>
 * <tr><td>a few hundred / thousand / dozen</td><td>[2x, 5x] (a few thousand = [2,000, 5,000])</td></tr>
 * <tr><td>a couple of hundred / thousand</td><td>[2x, 3x]</td></tr>
 * <tr><td>a handful</td><td>[3, 6]</td></tr>
 * </table>
 * The tolerance of 15% for APPROXIMATE is the one the comparison uses to call two figures close.
 *
 * <table>
 * <caption>What a reader means, for comparing (see {@code Quantity.asMeant()}): the stated interval above is
 * what the words bound; a comparison reads some hedges closer to what the speaker asserts</caption>
 * <tr><th>reading</th><th>qualifiers</th><th>stated</th><th>read as meant</th></tr>
 * <tr><td>HIGH_ESTIMATE</td><td>as many as, up to, as much as</td><td>[null, x]</td>
 *     <td>[x/2, x]</td></tr>
 * <tr><td>(every other rule)</td><td></td><td colspan="2">the same interval</td></tr>
 * </table>
 * Why is said where the reading is made, in {@code Quantity.asMeant()}: the stated interval stays what
 * the text literally bounds, so that extraction is scored against what was written.
 */
final class QualifierRules {

    enum Rule { EXACT, APPROXIMATE, JUST_BELOW, OPEN_ABOVE, OPEN_BELOW }

    /** A qualifier found before a figure: its rule, its words as written and its first token. */
    record Match(Rule rule, String words, int first) {
    }

    static final double APPROXIMATE_TOLERANCE = 0.15;
    static final double JUST_BELOW_FACTOR = 0.9;

    private static final Map<String, Rule> PHRASES = Map.ofEntries(
            Map.entry("only", Rule.EXACT), Map.entry("just", Rule.EXACT), Map.entry("exactly", Rule.EXACT),
            Map.entry("precisely", Rule.EXACT), Map.entry("a total of", Rule.EXACT),
            Map.entry("about", Rule.APPROXIMATE), Map.entry("around", Rule.APPROXIMATE),
            Map.entry("roughly", Rule.APPROXIMATE), Map.entry("approximately", Rule.APPROXIMATE),
            Map.entry("some", Rule.APPROXIMATE), Map.entry("an estimated", Rule.APPROXIMATE),
            Map.entry("estimated", Rule.APPROXIMATE), Map.entry("circa", Rule.APPROXIMATE),
            Map.entry("nearly", Rule.JUST_BELOW), Map.entry("almost", Rule.JUST_BELOW),
            Map.entry("close to", Rule.JUST_BELOW), Map.entry("just under", Rule.JUST_BELOW),
            Map.entry("not quite", Rule.JUST_BELOW),
            Map.entry("more than", Rule.OPEN_ABOVE), Map.entry("over", Rule.OPEN_ABOVE),
            Map.entry("at least", Rule.OPEN_ABOVE), Map.entry("stronger than", Rule.OPEN_ABOVE),
            Map.entry("greater than", Rule.OPEN_ABOVE), Map.entry("above", Rule.OPEN_ABOVE),
            Map.entry("in excess of", Rule.OPEN_ABOVE), Map.entry("upwards of", Rule.OPEN_ABOVE),
            Map.entry("no fewer than", Rule.OPEN_ABOVE), Map.entry("no less than", Rule.OPEN_ABOVE),
            Map.entry("well over", Rule.OPEN_ABOVE), Map.entry("a minimum of", Rule.OPEN_ABOVE),
            Map.entry("as many as", Rule.OPEN_BELOW), Map.entry("up to", Rule.OPEN_BELOW),
            Map.entry("at most", Rule.OPEN_BELOW), Map.entry("fewer than", Rule.OPEN_BELOW),
            Map.entry("less than", Rule.OPEN_BELOW), Map.entry("under", Rule.OPEN_BELOW),
            Map.entry("below", Rule.OPEN_BELOW), Map.entry("no more than", Rule.OPEN_BELOW),
            Map.entry("a maximum of", Rule.OPEN_BELOW), Map.entry("as much as", Rule.OPEN_BELOW));

    private QualifierRules() {
    }

    /** The longest qualifier ending just before token {@code figure}, not reaching before {@code floor}; null if none. */
    static Match before(List<Token> tokens, int figure, int floor) {
        for (int length = 3; length >= 1; length--) {
            int first = figure - length;
            if (first < floor) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            boolean allWords = true;
            for (int index = first; index < figure; index++) {
                Token token = tokens.get(index);
                allWords &= token.isWord();
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(token.lower());
            }
            Rule rule = allWords ? PHRASES.get(words.toString()) : null;
            if (rule != null && length == 2 && words.toString().equals("up to") && first > floor
                    && tokens.get(first - 1).lower().startsWith("add")) {
                return null; // "added up to 22,201bn yen": a phrasal verb stating a sum, not a ceiling
            }
            if (rule != null) {
                String written = joined(tokens, first, figure);
                return new Match(rule, written, first);
            }
        }
        return null;
    }

    /** The interval of a figure (or range low..high) under a rule; index 0 = low, 1 = high, null = open. */
    static Double[] interval(Rule rule, double low, double high, boolean stated) {
        Double[] interval = rawInterval(rule, low, high, stated);
        for (int end = 0; end < 2; end++) {
            if (interval[end] != null && Math.abs(interval[end]) < 1e12) {
                interval[end] = Math.round(interval[end] * 1e6) / 1e6; // 3449.9999999 is 3450; 2e13 would overflow a long
            }
        }
        return interval;
    }

    private static Double[] rawInterval(Rule rule, double low, double high, boolean stated) {
        boolean single = !stated && low == high;
        return switch (rule) {
            case EXACT -> new Double[] {low, high};
            case APPROXIMATE -> single
                    ? new Double[] {low * (1 - APPROXIMATE_TOLERANCE), high * (1 + APPROXIMATE_TOLERANCE)}
                    : new Double[] {low, high};
            case JUST_BELOW -> new Double[] {low * JUST_BELOW_FACTOR, high};
            case OPEN_ABOVE -> new Double[] {low, null};
            case OPEN_BELOW -> new Double[] {null, high};
        };
    }

    private static String joined(List<Token> tokens, int first, int end) {
        StringBuilder text = new StringBuilder();
        for (int index = first; index < end; index++) {
            if (index > first) {
                text.append(' ');
            }
            text.append(tokens.get(index).text());
        }
        return text.toString();
    }
}
