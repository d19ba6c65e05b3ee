package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * Dates in a JSON project file: a date known to a precision as {@code {"date", "precision"}}, the
 * first day of its period (null when unknown) and how exactly it is known; times as ISO text.
 */
final class DateJson {

    private DateJson() {
    }

    static void write(JsonGenerator json, String field, FuzzyDate date) throws IOException {
        json.writeObjectFieldStart(field);
        writeFields(json, date);
        json.writeEndObject();
    }

    /** The two fields alone, for an object that holds more (a claim's {@code refersTo} has its words too). */
    static void writeFields(JsonGenerator json, FuzzyDate date) throws IOException {
        json.writeStringField("date", date.isKnown() ? date.date().toString() : null);
        json.writeStringField("precision", ProjectFormat.key(date.precision()));
    }

    /** A missing or null date is unknown. */
    static FuzzyDate read(JsonFields owner, String field) {
        if (owner.isNull(field)) {
            return FuzzyDate.UNKNOWN;
        }
        JsonFields date = owner.object(field);
        date.only(Set.of("date", "precision"));
        return readFields(date);
    }

    /** A known precision without a date is refused, not taken for unknown. */
    static FuzzyDate readFields(JsonFields date) {
        Precision precision = date.isNull("precision") ? Precision.UNKNOWN : date.choice("precision", Precision.class);
        LocalDate day = day(date, "date");
        if (day == null && precision != Precision.UNKNOWN) {
            throw date.wrong("date", "is missing, though the precision is " + ProjectFormat.key(precision));
        }
        return FuzzyDate.of(day, precision);
    }

    private static LocalDate day(JsonFields owner, String field) {
        String text = owner.textOrNull(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw owner.wrong(field, "is “" + text + "”, not a date as YYYY-MM-DD");
        }
    }

    static LocalDateTime time(JsonFields owner, String field) {
        String text = owner.textOrNull(field);
        try {
            return text == null ? null : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw owner.wrong(field, "is “" + text + "”, not a date and time as YYYY-MM-DDTHH:MM:SS");
        }
    }
}
