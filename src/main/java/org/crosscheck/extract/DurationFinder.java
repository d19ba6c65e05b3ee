package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Durations and recurring times as TempEval-3 marks them: "a decade" (P10Y), "three years"
 * (P3Y), "the nearly 16-year war" (P16Y), "an hour" (PT1H), "several days" (PXD), "every week"
 * (a set, P1W), "daily". Stateless and thread-safe.
 */
final class DurationFinder {

    private static final Set<String> HEDGES = Words.of("nearly", "almost", "about", "around", "roughly", "some", "over");
    private static final Set<String> VAGUE = Words.of("several", "few", "many", "recent", "some", "numerous");
    private static final Set<String> SPANS = Words.of("past", "last", "next", "coming", "first", "previous", "following");

    /** Words around a bare plural unit that make it a span of time: "for years", "take weeks", "minutes before". */
    private static final Set<String> BARE_BEFORE = Words.of("for", "take", "takes", "took", "taking", "within", "spent", "lasted");
    private static final Set<String> BARE_AFTER = Words.of("before", "after", "later", "earlier", "ago", "long");

    private DurationFinder() {
    }

    /** The duration or set starting at token {@code index}, or null. */
    static TemporalFound find(List<Token> tokens, int index, int limit) {
        TemporalFound set = set(tokens, index, limit);
        return set != null ? set : duration(tokens, index, limit);
    }

    private static TemporalFound set(List<Token> tokens, int index, int limit) {
        Token token = tokens.get(index);
        String frequency = switch (token.lower()) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "annually", "yearly" -> "P1Y";
            case "nightly" -> "XXXX-XX-XXTNI";
            default -> null;
        };
        if (frequency != null) {
            return found(MentionKind.SET, index, index + 1, frequency);
        }
        if (!(token.is("every") || token.is("each")) || index + 1 >= limit) {
            return null;
        }
        Token next = tokens.get(index + 1);
        if (CalendarWords.WEEKDAYS.containsKey(next.lower())) {
            return found(MentionKind.SET, index, index + 2, "XXXX-WXX-" + CalendarWords.WEEKDAYS.get(next.lower()).getValue());
        }
        if (CalendarWords.PARTS_OF_DAY.containsKey(next.lower())) {
            return found(MentionKind.SET, index, index + 2, "XXXX-XX-XXT" + CalendarWords.PARTS_OF_DAY.get(next.lower()));
        }
        TemporalFound span = duration(tokens, index + 1, limit);
        if (span != null && !span.resolved().value().contains("X")) {
            return found(MentionKind.SET, index, span.end(), span.resolved().value());
        }
        CalendarWords.DurationUnit unit = CalendarWords.DURATION_UNITS.get(next.lower());
        if (unit != null) {
            return found(MentionKind.SET, index, index + 2, value(unit.factor(), unit));
        }
        return null;
    }

    private static TemporalFound duration(List<Token> tokens, int index, int limit) {
        int at = index;
        if (tokens.get(at).is("the") && at + 1 < limit && SPANS.contains(tokens.get(at + 1).lower())) {
            at += 2;
        } else if (tokens.get(at).is("the")) {
            at++;
        }
        if (at < limit && (HEDGES.contains(tokens.get(at).lower()) || tokens.get(at).is("more") || tokens.get(at).is("less"))) {
            at += tokens.get(at).is("more") || tokens.get(at).is("less") ? 2 : 1;
        }
        if (at >= limit) {
            return null;
        }
        Double amount;
        int unitAt;
        Token token = tokens.get(at);
        if (token.is("half") && at + 2 < limit && (tokens.get(at + 1).is("an") || tokens.get(at + 1).is("a"))) {
            CalendarWords.DurationUnit unit = CalendarWords.DURATION_UNITS.get(tokens.get(at + 2).lower());
            if (unit == null || !tokens.get(at + 2).lower().equals("hour")) {
                return null;
            }
            return found(MentionKind.DURATION, index, at + 3, "PT30M");
        }
        if (token.is("a") || token.is("an")) {
            amount = 1.0;
            unitAt = at + 1;
        } else if (VAGUE.contains(token.lower()) || token.is("couple") ) {
            amount = null;
            unitAt = at + 1;
            if (unitAt < limit && tokens.get(unitAt).is("of")) {
                unitAt++;
            }
        } else {
            Figure figure = NumberParser.parse(tokens, at, limit);
            if (figure == null || figure.isVague() || figure.kind() == Figure.Kind.FRACTION
                    || figure.kind() == Figure.Kind.DIGITS && QuantityNegatives.looksLikeYear(token.text())) {
                return bareUnit(tokens, index, at, limit);
            }
            amount = figure.value();
            unitAt = figure.end();
        }
        boolean adjective = false;
        if (unitAt + 1 < limit && tokens.get(unitAt).is("-") && tokens.get(unitAt).glued() && tokens.get(unitAt + 1).glued()) {
            unitAt++; // "16-year", "four-week"
            adjective = true;
        }
        if (unitAt >= limit) {
            return null;
        }
        CalendarWords.DurationUnit unit = CalendarWords.DURATION_UNITS.get(tokens.get(unitAt).lower());
        if (unit == null) {
            return null;
        }
        int end = unitAt + 1;
        if (adjective && end + 1 < limit && tokens.get(end).is("-") && tokens.get(end + 1).is("old")) {
            end += 2; // "a 45-year-old"
        }
        String value = amount == null ? "PX" + (unit.timePart() ? "T" : "") + letterOf(unit) : value(amount * unit.factor(), unit);
        if (amount == null && unit.factor() == 10) {
            value = "PXY";
        }
        return found(MentionKind.DURATION, index, end, value);
    }

    /** "for years", "the past months": a plural unit with no amount. */
    private static TemporalFound bareUnit(List<Token> tokens, int index, int at, int limit) {
        Token token = tokens.get(at);
        CalendarWords.DurationUnit unit = CalendarWords.DURATION_UNITS.get(token.lower());
        if (unit == null) {
            return null;
        }
        boolean plural = token.lower().endsWith("s");
        boolean spanned = at - index >= 2 && SPANS.contains(tokens.get(index + 1).lower());
        if (!plural && spanned && !token.is("week") && !token.is("day")) {
            return found(MentionKind.DURATION, index, at + 1, value(unit.factor(), unit)); // "the past year", "the next decade"
        }
        boolean introduced = at > index || at > 0 && BARE_BEFORE.contains(tokens.get(at - 1).lower())
                || at + 1 < limit && BARE_AFTER.contains(tokens.get(at + 1).lower());
        if (!plural || !introduced) {
            return null;
        }
        return found(MentionKind.DURATION, index, at + 1, "PX" + (unit.timePart() ? "T" : "") + letterOf(unit));
    }

    private static String letterOf(CalendarWords.DurationUnit unit) {
        return unit.factor() == 10 || unit.factor() == 100 ? "Y" : unit.letter();
    }

    private static String value(double amount, CalendarWords.DurationUnit unit) {
        String number = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
        return "P" + (unit.timePart() ? "T" : "") + number + unit.letter();
    }

    private static TemporalFound found(MentionKind kind, int first, int end, String value) {
        return new TemporalFound(kind, first, end, Resolved.unresolved(value));
    }
}
