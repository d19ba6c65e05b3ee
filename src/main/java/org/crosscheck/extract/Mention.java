package org.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.TimeReference;

/**
 * Something the extractor found in a text: a quantity, a date, time, duration or set, or an
 * attribution. {@code start}/{@code end} are character offsets into the text, end exclusive.
 * Fields that do not apply to the kind are null (never empty strings), so that the record maps
 * one to one onto the JSON the command line prints (see {@link #fields()}).
 *
 * @param low        quantity: the lower end of the interval, null when open
 * @param high       quantity: the upper end, null when open
 * @param qualifier  quantity: the hedge as written ("about", "at least several hundred")
 * @param counted    quantity: what is counted, as written ("militants")
 * @param normalized quantity: what is counted, normalised ("fighters")
 * @param role       quantity: what the sentence says of what is counted ("killed", "injured", "arrested")
 * @param subject    quantity: canonical name of the entity the figure is about
 * @param place      quantity: the narrowest place given, country last ("Nangarhar, Afghanistan")
 * @param speaker    quantity and attribution: who said it
 * @param outlet     quantity and attribution: through whom it was published
 * @param refersTo   quantity: the time the figure refers to
 * @param value      date, time, duration, set: the TIMEX3 value ("2017-06-15", "2015-W51", "P3Y")
 * @param precision  date: how exactly the value is known
 */
public record Mention(MentionKind kind, int start, int end, String text,
                      Double low, Double high, String qualifier, String counted, String normalized,
                      String role, String subject, String place, String speaker, String outlet, TimeReference refersTo,
                      String value, Precision precision) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a mention spans at least one character, not " + start + ".." + end);
        }
    }

    static Mention quantity(int start, int end, String text, Double low, Double high, String qualifier,
                            String counted, String normalized, String role) {
        return new Mention(MentionKind.QUANTITY, start, end, text, low, high, qualifier, counted, normalized, role,
                null, null, null, null, null, null, null);
    }

    /**
     * A toll the grammar implies without a figure: one person with a role ("A man was shot and
     * killed"); an event with the count of one.
     */
    static Mention impliedToll(int start, int end, String text, String counted, String normalized, String role) {
        return impliedToll(start, end, text, counted, normalized, role, 1);
    }

    /** A toll the grammar implies of {@code people} single persons named together: "a man and a woman were killed". */
    static Mention impliedToll(int start, int end, String text, String counted, String normalized, String role, int people) {
        return new Mention(MentionKind.EVENT, start, end, text, (double) people, (double) people, null, counted,
                normalized, role, null, null, null, null, null, null, null);
    }

    /** A date, time, duration or set; {@code refersTo} carries its resolved date (unknown for durations). */
    static Mention temporal(MentionKind kind, int start, int end, String text, String value, FuzzyDate date) {
        Precision precision = kind == MentionKind.DATE || kind == MentionKind.TIME ? date.precision() : null;
        return new Mention(kind, start, end, text, null, null, null, null, null, null,
                null, null, null, null, new TimeReference(text, date), value, precision);
    }

    static Mention attribution(int start, int end, String text, String speaker, String outlet) {
        return new Mention(MentionKind.ATTRIBUTION, start, end, text, null, null, null, null, null, null,
                null, null, speaker, outlet, null, null, null);
    }

    /** This quantity with what its context says: subject, place, speaker, outlet and time. */
    Mention inContext(String newSubject, String newPlace, String newSpeaker, String newOutlet, TimeReference time) {
        return new Mention(kind, start, end, text, low, high, qualifier, counted, normalized, role,
                newSubject, newPlace, newSpeaker, newOutlet, time, value, precision);
    }

    /** The same mention counting something narrower ("fighters (Central Asian, Russian)"). */
    Mention counting(String newCounted, String newNormalized) {
        return new Mention(kind, start, end, text, low, high, qualifier, newCounted, newNormalized, role,
                subject, place, speaker, outlet, refersTo, value, precision);
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /**
     * The fields in the order and with the names of the command line's JSON: kind as its key,
     * refersTo as {@code {"words", "value", "precision"}}, precision as its key; null where absent.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind.key());
        fields.put("start", start);
        fields.put("end", end);
        fields.put("text", text);
        fields.put("low", low);
        fields.put("high", high);
        fields.put("qualifier", qualifier);
        fields.put("counted", counted);
        fields.put("normalized", normalized);
        fields.put("role", role);
        fields.put("subject", subject);
        fields.put("place", place);
        fields.put("speaker", speaker);
        fields.put("outlet", outlet);
        fields.put("refersTo", refersTo == null || refersTo.isEmpty() ? null : timeFields(refersTo));
        fields.put("value", value);
        fields.put("precision", precision == null ? null : precision.key());
        return fields;
    }

    private static Map<String, Object> timeFields(TimeReference time) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("words", time.words());
        fields.put("value", time.date().isKnown() ? time.date().display() : null);
        fields.put("precision", time.date().precision().key());
        return fields;
    }
}
