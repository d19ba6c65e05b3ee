package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.FuzzyDate;

/**
 * Finds dates and times in a sentence and resolves them with {@link DateResolver}: absolute
 * dates ("May 28, 2017", "in 1998"), months and weekdays ("in April", "Thursday"), relative
 * words ("last week", "this year", "two years ago", "now"), clock times ("8 PM", "15:00 GMT", agency copy's "1800 GMT"),
 * plus the durations and sets of {@link DurationFinder}. At each token the longest reading wins.
 * Stateless and thread-safe.
 */
final class DateFinder {

    private static final Set<String> MONTH_CUES = Words.of(
            "in", "on", "since", "until", "by", "of", "during", "before", "after", "through", "from", "to", "between",
            "late", "early", "mid", "last", "next", "this", "and", "or", "end", "beginning", "start", "middle");
    private static final Set<String> EDGES = Words.of("early", "late", "mid", "earlier", "later");
    private static final Set<String> ZONES = Words.of("gmt", "utc", "bst", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest");

    private DateFinder() {
    }

    static List<TemporalFound> find(List<Token> tokens, Sentence sentence, LocalDate published, boolean[] taken) {
        List<TemporalFound> found = new ArrayList<>();
        boolean future = false;
        boolean futureKnown = false;
        for (int index = sentence.first(); index < sentence.last(); index++) {
            if (taken[index]) {
                continue;
            }
            Token token = tokens.get(index);
            if (token.type() == Token.Type.PUNCT || token.isWord() && !token.triggers(Triggers.TEMPORAL)) {
                continue;
            }
            if (!futureKnown && mayNeedTense(token)) {
                future = CalendarWords.speaksOfFuture(tokens, sentence);
                futureKnown = true;
            }
            TemporalFound best = longest(
                    calendar(tokens, index, sentence.last(), published, future),
                    DurationFinder.find(tokens, index, sentence.last()));
            best = longest(best, clock(tokens, index, sentence, published));
            if (best != null) {
                best = ago(tokens, best, sentence.last(), published);
                found.add(best);
                index = best.end() - 1;
            }
        }
        return found;
    }

    private static boolean mayNeedTense(Token token) {
        return token.isCapitalized() || token.is("in");
    }

    private static TemporalFound longest(TemporalFound a, TemporalFound b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }

    /** "two years ago" is a date: the publication date less the duration, at the unit's precision. */
    private static TemporalFound ago(List<Token> tokens, TemporalFound found, int limit, LocalDate published) {
        if (found.kind() != MentionKind.DURATION || found.end() >= limit || !tokens.get(found.end()).is("ago")) {
            return found;
        }
        String value = found.resolved().value();
        int end = found.end() + 1;
        if (value.contains("X") || value.startsWith("PT") || published == null) {
            return new TemporalFound(MentionKind.DATE, found.first(), end, Resolved.unresolved("PAST_REF"));
        }
        long amount = (long) Double.parseDouble(value.substring(1, value.length() - 1));
        char unit = value.charAt(value.length() - 1);
        Resolved resolved = switch (unit) {
            case 'D' -> DateResolver.day(published.minusDays(amount));
            case 'W' -> DateResolver.week(published.minusWeeks(amount));
            case 'M' -> DateResolver.relative(DateResolver.Unit.MONTH, (int) -amount, published);
            default -> DateResolver.year(published.getYear() - (int) amount);
        };
        return new TemporalFound(MentionKind.DATE, found.first(), end, resolved);
    }

    private static TemporalFound calendar(List<Token> tokens, int index, int limit, LocalDate published, boolean future) {
        TemporalFound deictic = Deictic.find(tokens, index, limit, published);
        if (deictic != null) {
            return deictic;
        }
        int at = index;
        Token token = tokens.get(at);
        if (EDGES.contains(token.lower())) {
            at++;
            if (at + 1 < limit && tokens.get(at).is("-") && tokens.get(at).glued()) {
                at++; // "mid-March"
            }
            if (at < limit && tokens.get(at).is("in") && !token.is("mid")) {
                at++; // "late in April"
            }
        } else if (token.is("the") && at + 2 < limit && (tokens.get(at + 1).is("end") || tokens.get(at + 1).is("beginning")
                || tokens.get(at + 1).is("start") || tokens.get(at + 1).is("middle")) && tokens.get(at + 2).is("of")) {
            at += 3;
        }
        if (at >= limit) {
            return null;
        }
        DateResolver.Direction direction = future ? DateResolver.Direction.EARLIEST_NOT_BEFORE : DateResolver.Direction.LATEST_NOT_AFTER;
        int shift = Integer.MIN_VALUE;
        String word = tokens.get(at).lower();
        if (word.equals("the") && at + 1 < limit && (tokens.get(at + 1).is("last") || tokens.get(at + 1).is("past"))
                && at + 2 < limit && tokens.get(at + 2).is("week")) {
            at++;
            word = tokens.get(at).lower();
        }
        if (word.equals("last") || word.equals("past") || word.equals("previous")) {
            direction = DateResolver.Direction.STRICTLY_BEFORE;
            shift = -1;
        } else if (word.equals("next") || word.equals("coming")) {
            direction = DateResolver.Direction.STRICTLY_AFTER;
            shift = 1;
        } else if (word.equals("this")) {
            direction = DateResolver.Direction.SAME_PERIOD;
            shift = 0;
        }
        if (shift != Integer.MIN_VALUE) {
            at++;
            if (at >= limit) {
                return null;
            }
            TemporalFound relative = Relative.period(tokens, index, at, shift, direction, published);
            if (relative != null) {
                return relative;
            }
        }
        TemporalFound absolute = Absolute.find(tokens, index, at, limit, published, direction);
        if (absolute != null && tokens.get(absolute.first()).is("May") && absolute.end() - at == 1 && at == index
                && (index == 0 || !MONTH_CUES.contains(tokens.get(index - 1).lower()))) {
            return null; // "May" alone is more often the verb or a name than the month
        }
        return absolute;
    }

    private static TemporalFound clock(List<Token> tokens, int index, Sentence sentence, LocalDate published) {
        int limit = sentence.last();
        Token token = tokens.get(index);
        int hour;
        int minute = 0;
        int end;
        if (token.is("noon") || token.is("midday") || token.is("midnight")) {
            hour = token.is("midnight") ? 24 : 12;
            end = index + 1;
        } else if (token.isNumber() && token.text().length() <= 2 && allDigits(token.text())) {
            hour = Integer.parseInt(token.text());
            end = index + 1;
            boolean colon = end + 1 < limit && tokens.get(end).is(":") && tokens.get(end).glued() && tokens.get(end + 1).isNumber()
                    && tokens.get(end + 1).text().length() == 2 && allDigits(tokens.get(end + 1).text()) && tokens.get(end + 1).glued();
            if (colon) {
                minute = Integer.parseInt(tokens.get(end + 1).text());
                end += 2;
            }
            boolean meridian = end < limit && isMeridian(tokens.get(end));
            if (meridian) {
                if (tokens.get(end).lower().startsWith("p") && hour < 12) {
                    hour += 12;
                }
                end++;
            }
            if (!colon && !meridian || hour > 24 || minute > 59) {
                return null;
            }
        } else if (token.isNumber() && token.text().length() == 4 && allDigits(token.text()) && index + 1 < limit
                && ZONES.contains(tokens.get(index + 1).lower())) {
            // "at 1800 GMT": agency copy's 24-hour clock without a colon, before a time zone; never the year 1800
            hour = Integer.parseInt(token.text().substring(0, 2));
            minute = Integer.parseInt(token.text().substring(2));
            end = index + 1;
            if (hour > 23 || minute > 59) {
                return null;
            }
        } else {
            return null;
        }
        if (end < limit && ZONES.contains(tokens.get(end).lower())) {
            end++;
        }
        if (end + 1 < limit && tokens.get(end).is("on") && CalendarWords.WEEKDAYS.containsKey(tokens.get(end + 1).lower())) {
            end++; // "at 6 p.m. on Monday", "at 1800 GMT on Monday": the weekday of the time
        }
        String day = published == null ? "XXXX-XX-XX" : published.toString();
        Resolved weekdayDate = null;
        if (end < limit && CalendarWords.WEEKDAYS.containsKey(tokens.get(end).lower())) {
            // "was shot about 6 p.m. Monday": the latest Monday not after publication; "will meet at 8 p.m.
            // Friday", "postponed until 15:00 GMT Saturday": the next one. Tense and "until" decide.
            DayOfWeek weekday = CalendarWords.WEEKDAYS.get(tokens.get(end).lower());
            boolean until = index > sentence.first() && (tokens.get(index - 1).is("until") || tokens.get(index - 1).is("till"));
            weekdayDate = DateResolver.weekday(weekday, published, until || CalendarWords.speaksOfFuture(tokens, sentence)
                    ? DateResolver.Direction.EARLIEST_NOT_BEFORE : DateResolver.Direction.LATEST_NOT_AFTER);
            day = weekdayDate.value();
            end++;
        }
        String value = String.format("%sT%02d:%02d", day, hour, minute);
        if (weekdayDate == null && published != null && index - 2 >= sentence.first() && tokens.get(index - 2).is("as")
                && tokens.get(index - 1).is("of")) {
            // "four remain in hospital as of 3:45 p.m.": the state at the time of writing, the day of publication
            return new TemporalFound(MentionKind.TIME, index, end, new Resolved(value, FuzzyDate.day(published)));
        }
        return new TemporalFound(MentionKind.TIME, index, end, weekdayDate == null || weekdayDate.date() == null
                ? Resolved.unresolved(value) : new Resolved(value, weekdayDate.date()));
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isMeridian(Token token) {
        String lower = token.lower();
        return lower.equals("am") || lower.equals("pm") || lower.equals("a.m.") || lower.equals("p.m.");
    }
}
