package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The calendar vocabulary of English news: months, weekdays, units, parts of the day, seasons. */
final class CalendarWords {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    /** Parts of the day and their TIMEX3 codes. */
    static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");

    /** Seasons: TIMEX3 code and first month (winter starts in December). */
    static final Map<String, Object[]> SEASONS = Map.of(
            "spring", new Object[] {"SP", 3}, "summer", new Object[] {"SU", 6}, "autumn", new Object[] {"FA", 9},
            "fall", new Object[] {"FA", 9}, "winter", new Object[] {"WI", 12});

    /** Duration units: singular and plural forms → TIMEX3 letter and how many of it one word means. */
    record DurationUnit(String letter, boolean timePart, int factor) {
    }

    static final Map<String, DurationUnit> DURATION_UNITS = Map.ofEntries(
            Map.entry("second", new DurationUnit("S", true, 1)), Map.entry("seconds", new DurationUnit("S", true, 1)),
            Map.entry("minute", new DurationUnit("M", true, 1)), Map.entry("minutes", new DurationUnit("M", true, 1)),
            Map.entry("hour", new DurationUnit("H", true, 1)), Map.entry("hours", new DurationUnit("H", true, 1)),
            Map.entry("day", new DurationUnit("D", false, 1)), Map.entry("days", new DurationUnit("D", false, 1)),
            Map.entry("week", new DurationUnit("W", false, 1)), Map.entry("weeks", new DurationUnit("W", false, 1)),
            Map.entry("fortnight", new DurationUnit("W", false, 2)),
            Map.entry("month", new DurationUnit("M", false, 1)), Map.entry("months", new DurationUnit("M", false, 1)),
            Map.entry("year", new DurationUnit("Y", false, 1)), Map.entry("years", new DurationUnit("Y", false, 1)),
            Map.entry("decade", new DurationUnit("Y", false, 10)), Map.entry("decades", new DurationUnit("Y", false, 10)),
            Map.entry("century", new DurationUnit("Y", false, 100)),
            Map.entry("centuries", new DurationUnit("Y", false, 100)));

    /** Words that tell a sentence speaks of the future, so "Friday" or "in June" lie ahead. */
    private static final Set<String> FUTURE_CUES = Words.of(
            "will", "shall", "upcoming", "scheduled", "planned", "plans", "expected", "expects",
            "won't", "won’t", "next", "forthcoming", "ahead");

    /**
     * Every word that can start a temporal expression. Checked once per token before any finder
     * rule runs, because most words of a text start none and speed matters on large corpora.
     */
    static final Set<String> STARTERS = starters();

    private CalendarWords() {
    }

    private static Set<String> starters() {
        Set<String> words = new java.util.HashSet<>();
        words.addAll(MONTHS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(PARTS_OF_DAY.keySet());
        words.addAll(SEASONS.keySet());
        words.addAll(DURATION_UNITS.keySet());
        words.addAll(NumberParser.UNITS.keySet());
        words.addAll(List.of("now", "currently", "nowadays", "today", "yesterday", "tomorrow", "tonight", "this", "last",
                "the", "present", "early", "late", "mid", "earlier", "later", "next", "coming", "past", "previous",
                "following", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "nearly",
                "almost", "about", "around", "roughly", "some", "over", "more", "less", "a", "an", "half", "several",
                "few", "many", "recent", "numerous", "couple", "noon", "midday", "midnight", "dozen"));
        for (String word : List.copyOf(words)) {
            words.add(word + "'s");
            words.add(word + "’s");
        }
        return Set.copyOf(words);
    }

    static Integer month(Token token) {
        return token.isCapitalized() ? MONTHS.get(EntityFinder.withoutPossessive(token.lower())) : null;
    }

    static boolean speaksOfFuture(List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index < sentence.last(); index++) {
            String lower = tokens.get(index).lower();
            if (FUTURE_CUES.contains(lower) || lower.endsWith("'ll") || lower.endsWith("’ll")) {
                return true;
            }
            if (lower.equals("going") && index + 1 < sentence.last() && tokens.get(index + 1).is("to")) {
                return true;
            }
        }
        return false;
    }
}
