package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.model.Precision;

/**
 * The day an article's incident happened, as its title and lead tell it: "early Saturday",
 * "Tuesday evening", "last night", "on Nov. 27" resolved against the publication date. Reports
 * of one incident published on different days name one day; two shootings in one city a week
 * apart name two. Only days up to a month before publication count: a lead's "next Monday" or
 * "in 2009" is a hearing or a history, not the incident.
 */
final class EventDays {

    /** How far back a lead reaches for its incident. */
    private static final int MOST_DAYS_BEFORE = 31;
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

    private EventDays() {
    }

    /** The first day the given sentences name, in order, within a month before {@code published}; null if none. */
    static LocalDate first(List<Token> tokens, List<Sentence> sentences, LocalDate published) {
        if (published == null) {
            return null;
        }
        boolean[] taken = new boolean[tokens.size()];
        for (Sentence sentence : sentences) {
            for (TemporalFound found : DateFinder.find(tokens, sentence, published, taken)) {
                if (found.resolved().value().equals("PRESENT_REF") && !tokens.get(found.first()).is("today")) {
                    continue; // "is now in custody" says nothing of when it happened
                }
                LocalDate day = dayOf(found);
                if (day != null && !day.isAfter(published) && !day.isBefore(published.minusDays(MOST_DAYS_BEFORE))) {
                    return day;
                }
            }
        }
        return null;
    }

    private static LocalDate dayOf(TemporalFound found) {
        String value = found.resolved().value();
        if (found.kind() == MentionKind.DATE && found.resolved().date().isKnown()
                && found.resolved().precision() == Precision.DAY) {
            return found.resolved().date().date();
        }
        if (found.kind() == MentionKind.TIME && DAY_VALUE.matcher(value).matches()) {
            return LocalDate.parse(value.substring(0, 10));
        }
        return null;
    }
}
