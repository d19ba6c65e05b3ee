package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * Dates written out: "2017-06-19", "May 28, 2017", "13 June", "May 2010", "in April", "Thursday",
 * "Friday afternoon", "1998", "the 1990s", "the 20th century". A month or weekday without a year
 * resolves in the given direction (see {@link DateResolver}).
 */
final class Absolute {

    private Absolute() {
    }

    static TemporalFound find(List<Token> tokens, int first, int at, int limit, LocalDate published,
                              DateResolver.Direction direction) {
        Token token = tokens.get(at);
        if (token.isNumber()) {
            return numeric(tokens, first, at, limit, published, direction);
        }
        Integer month = CalendarWords.month(token);
        if (month != null) {
            return month(tokens, first, at, limit, month, published, direction);
        }
        DayOfWeek weekday = token.isCapitalized() ? CalendarWords.WEEKDAYS.get(EntityFinder.withoutPossessive(token.lower())) : null;
        if (weekday != null) {
            int end = at + 1;
            if (end + 1 < limit && tokens.get(end).is(",") && CalendarWords.month(tokens.get(end + 1)) != null) {
                TemporalFound written = month(tokens, first, end + 1, limit, CalendarWords.month(tokens.get(end + 1)),
                        published, direction);
                if (written != null && written.resolved().precision() == Precision.DAY) {
                    return written; // "Thursday, March 21": the date says it all
                }
            }
            Resolved day = DateResolver.weekday(weekday, published, direction);
            if (end < limit && CalendarWords.PARTS_OF_DAY.containsKey(tokens.get(end).lower())) {
                String value = day.value() + "T" + CalendarWords.PARTS_OF_DAY.get(tokens.get(end).lower());
                return new TemporalFound(MentionKind.TIME, first, end + 1, new Resolved(value, day.date()));
            }
            return date(first, end, day);
        }
        return null;
    }

    private static TemporalFound numeric(List<Token> tokens, int first, int at, int limit, LocalDate published,
                                         DateResolver.Direction direction) {
        Token token = tokens.get(at);
        String text = token.text();
        if (QuantityNegatives.looksLikeYear(text)) {
            int year = Integer.parseInt(text);
            if (at + 4 < limit && tokens.get(at + 1).is("-") && tokens.get(at + 1).glued() && tokens.get(at + 2).isNumber()
                    && tokens.get(at + 3).is("-") && tokens.get(at + 4).isNumber() && tokens.get(at + 4).glued()) {
                LocalDate day = safe(year, tokens.get(at + 2).text(), tokens.get(at + 4).text());
                return day == null ? null : date(first, at + 5, DateResolver.day(day)); // 2017-06-19
            }
            if (at > 0 && isCurrency(tokens.get(at - 1)) || at + 1 < limit && tokens.get(at + 1).is("%")) {
                return null;
            }
            return date(first, at + 1, DateResolver.year(year));
        }
        if (text.length() == 5 && text.endsWith("s") && QuantityNegatives.looksLikeYear(text.substring(0, 4))) {
            String decade = text.substring(0, 3);
            int year = Integer.parseInt(decade) * 10;
            return date(first, at + 1, new Resolved(decade, FuzzyDate.of(LocalDate.of(year, 1, 1), Precision.RANGE)));
        }
        int dayOfMonth = dayNumber(text);
        if (at + 1 < limit && tokens.get(at + 1).is("century") && ordinal(text)) {
            int century = Integer.parseInt(text.replaceAll("\\D", ""));
            return date(first, at + 2, Resolved.unresolved(String.format("%02d", century - 1)));
        }
        if (dayOfMonth > 0) {
            int next = at + 1;
            if (next < limit && tokens.get(next).is("of")) {
                next++;
            }
            Integer month = next < limit ? CalendarWords.month(tokens.get(next)) : null;
            if (month != null) {
                int end = next + 1;
                int year = end < limit && QuantityNegatives.looksLikeYear(tokens.get(end).text()) ? Integer.parseInt(tokens.get(end).text()) : 0;
                return withYear(first, year > 0 ? end + 1 : end, month, dayOfMonth, year, published, direction);
            }
        }
        return null;
    }

    private static TemporalFound month(List<Token> tokens, int first, int at, int limit, int month, LocalDate published,
                                       DateResolver.Direction direction) {
        int end = at + 1;
        if (end < limit && tokens.get(end).is(".") && tokens.get(end).glued()) {
            end++; // "Feb."
        }
        int dayOfMonth = end < limit && tokens.get(end).isNumber() ? dayNumber(tokens.get(end).text()) : 0;
        if (dayOfMonth > 0 && !(end + 1 < limit && tokens.get(end + 1).is(":"))) {
            end++;
            int year = 0;
            if (end + 1 < limit && tokens.get(end).is(",") && QuantityNegatives.looksLikeYear(tokens.get(end + 1).text())) {
                year = Integer.parseInt(tokens.get(end + 1).text());
                end += 2;
            } else if (end < limit && QuantityNegatives.looksLikeYear(tokens.get(end).text())) {
                year = Integer.parseInt(tokens.get(end).text());
                end++;
            }
            return withYear(first, end, month, dayOfMonth, year, published, direction);
        }
        int yearAt = end < limit && tokens.get(end).is(",") ? end + 1 : end;
        if (yearAt < limit && QuantityNegatives.looksLikeYear(tokens.get(yearAt).text())) {
            return date(first, yearAt + 1, DateResolver.month(Integer.parseInt(tokens.get(yearAt).text()), month));
        }
        if (end - at > 1) {
            end = at + 1; // a lone "Feb." keeps its stop for the sentence
        }
        return date(first, end, DateResolver.monthOfYear(month, published, direction));
    }

    private static TemporalFound withYear(int first, int end, int month, int dayOfMonth, int year, LocalDate published,
                                          DateResolver.Direction direction) {
        if (year > 0) {
            try {
                return date(first, end, DateResolver.day(LocalDate.of(year, month, dayOfMonth)));
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        Resolved resolved = DateResolver.dayOfYear(month, dayOfMonth, published, direction);
        return resolved == null ? null : date(first, end, resolved);
    }

    /** 1 to 31 for "13", "13th", "1st"; 0 otherwise. */
    private static int dayNumber(String text) {
        String digits = text.replaceAll("(st|nd|rd|th)$", "");
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= 31 ? value : 0;
    }

    private static boolean ordinal(String text) {
        return text.matches("\\d{1,2}(st|nd|rd|th)");
    }

    private static boolean isCurrency(Token token) {
        char c = token.first();
        return c == '$' || c == '£' || c == '€';
    }

    private static LocalDate safe(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    private static TemporalFound date(int first, int end, Resolved resolved) {
        return new TemporalFound(MentionKind.DATE, first, end, resolved);
    }
}
