package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.FuzzyDate;

/**
 * Words that point at the time of writing: "now", "today", "yesterday", "tonight", "this
 * morning", "last night", "the past". TempEval-3 writes "now" and "today" as PRESENT_REF; the
 * date behind them is still the publication day, so a claim made "now" has a time.
 */
final class Deictic {

    private Deictic() {
    }

    static TemporalFound find(List<Token> tokens, int index, int limit, LocalDate published) {
        Token token = tokens.get(index);
        Token next = index + 1 < limit ? tokens.get(index + 1) : null;
        String word = token.lower();
        switch (word) {
            case "now", "currently", "nowadays", "today" -> {
                if (word.equals("now") && next != null && next.is("that")) {
                    return null;
                }
                FuzzyDate day = published == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(published);
                return date(index, index + 1, new Resolved("PRESENT_REF", day));
            }
            case "yesterday", "tomorrow" -> {
                if (published == null) {
                    return date(index, index + 1, Resolved.unresolved(word.equals("yesterday") ? "PAST_REF" : "FUTURE_REF"));
                }
                LocalDate day = published.plusDays(word.equals("yesterday") ? -1 : 1);
                return partOfDay(next, index, day).orElse(date(index, index + 1, DateResolver.day(day)));
            }
            case "tonight" -> {
                return time(index, index + 1, published, "NI");
            }
            default -> {
                // fall through to the two-word forms below
            }
        }
        if (next == null) {
            return null;
        }
        if (token.is("this") && CalendarWords.PARTS_OF_DAY.containsKey(next.lower())) {
            return time(index, index + 2, published, CalendarWords.PARTS_OF_DAY.get(next.lower()));
        }
        if (token.is("last") && next.is("night")) {
            return time(index, index + 2, published == null ? null : published.minusDays(1), "NI");
        }
        boolean thereAfter = index + 2 < limit && (tokens.get(index + 2).isNumber() || tokens.get(index + 2).isWord()
                && (CalendarWords.DURATION_UNITS.containsKey(tokens.get(index + 2).lower())
                || tokens.get(index + 2).is("few") || tokens.get(index + 2).is("several")));
        if (token.is("the") && next.is("past") && !thereAfter) {
            return date(index, index + 2, Resolved.unresolved("PAST_REF"));
        }
        if (token.is("the") && next.is("future") && !thereAfter) {
            return date(index, index + 2, Resolved.unresolved("FUTURE_REF"));
        }
        if (index > 0 && tokens.get(index - 1).is("at") && token.is("the") && next.is("time")) {
            return date(index, index + 2, Resolved.unresolved("PAST_REF"));
        }
        if (index > 0 && tokens.get(index - 1).is("at") && token.is("present")) {
            return date(index, index + 1, Resolved.unresolved("PRESENT_REF"));
        }
        return null;
    }

    private static java.util.Optional<TemporalFound> partOfDay(Token next, int index, LocalDate day) {
        if (next == null || !CalendarWords.PARTS_OF_DAY.containsKey(next.lower())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(time(index, index + 2, day, CalendarWords.PARTS_OF_DAY.get(next.lower())));
    }

    private static TemporalFound date(int first, int end, Resolved resolved) {
        return new TemporalFound(MentionKind.DATE, first, end, resolved);
    }

    private static TemporalFound time(int first, int end, LocalDate day, String part) {
        String value = (day == null ? "XXXX-XX-XX" : day.toString()) + "T" + part;
        FuzzyDate date = day == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(day);
        return new TemporalFound(MentionKind.TIME, first, end, new Resolved(value, date));
    }
}
