package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Periods named relative to the publication date: "last week", "this year", "next month",
 * "last June", "this Friday", "last summer". The first token of the period word is {@code at};
 * the expression starts at {@code first} (with "last"/"this"/"next" and any "early"/"late").
 */
final class Relative {

    private Relative() {
    }

    static TemporalFound period(List<Token> tokens, int first, int at, int shift, DateResolver.Direction direction,
                                LocalDate published) {
        Token token = tokens.get(at);
        String word = EntityFinder.withoutPossessive(token.lower()); // "last week's"
        DateResolver.Unit unit = switch (word) {
            case "week" -> DateResolver.Unit.WEEK;
            case "weekend" -> DateResolver.Unit.WEEKEND;
            case "month" -> DateResolver.Unit.MONTH;
            case "quarter" -> DateResolver.Unit.QUARTER;
            case "year" -> DateResolver.Unit.YEAR;
            default -> null;
        };
        if (unit != null) {
            return date(first, at + 1, DateResolver.relative(unit, shift, published));
        }
        if (word.equals("fiscal") && at + 1 < tokens.size() && tokens.get(at + 1).is("year")) {
            return date(first, at + 2, DateResolver.relative(DateResolver.Unit.YEAR, shift, published));
        }
        Integer month = CalendarWords.month(token);
        if (month != null) {
            return date(first, at + 1, DateResolver.monthOfYear(month, published, direction));
        }
        DayOfWeek day = token.isCapitalized() ? CalendarWords.WEEKDAYS.get(word) : null;
        if (day != null) {
            DateResolver.Direction weekdayDirection = direction == DateResolver.Direction.SAME_PERIOD
                    ? DateResolver.Direction.EARLIEST_NOT_BEFORE : direction;
            return date(first, at + 1, DateResolver.weekday(day, published, weekdayDirection));
        }
        Object[] season = CalendarWords.SEASONS.get(word);
        if (season != null) {
            return date(first, at + 1, DateResolver.season((String) season[0], (Integer) season[1], published, direction));
        }
        return null;
    }

    private static TemporalFound date(int first, int end, Resolved resolved) {
        return new TemporalFound(MentionKind.DATE, first, end, resolved);
    }
}
