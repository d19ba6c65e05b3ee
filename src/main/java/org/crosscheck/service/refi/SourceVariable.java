package org.crosscheck.service.refi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;

/**
 * A source's details as REFI-QDA variables (text values on each TextSource): what QDA tools call
 * document attributes. An import reads variables of these names from any tool, whatever their GUIDs.
 */
public enum SourceVariable {
    OUTLET("Outlet"), AUTHOR("Author"), URL("URL"), PUBLISHED("Published"), GRADE("Grade");

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final String label;

    SourceVariable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    String guid() {
        return RefiGuids.fixed("variable:" + name().toLowerCase(Locale.ROOT));
    }

    /** The source's value, empty when it has none. Dates as people write them at their precision. */
    String valueOf(Source source) {
        return switch (this) {
            case OUTLET -> source.outlet();
            case AUTHOR -> source.author();
            case URL -> source.url();
            case PUBLISHED -> source.published().isKnown() ? source.published().display() : "";
            case GRADE -> source.grade() == null ? "" : source.grade().code();
        };
    }

    /** The variable of a name, as any tool may spell it ("outlet", "URL"). */
    public static Optional<SourceVariable> named(String name) {
        return Arrays.stream(values()).filter(variable -> variable.label.equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * The metadata with this variable's value put in; a value that cannot be read (a date of another
     * shape, a grade off the scale) leaves the field as it was and returns empty.
     */
    public Optional<SourceMetadata> apply(SourceMetadata metadata, String value) {
        String text = value.strip();
        try {
            return Optional.ofNullable(switch (this) {
                case OUTLET -> new SourceMetadata(metadata.title(), text, metadata.author(), metadata.url(),
                        metadata.published(), metadata.grade(), metadata.notes());
                case AUTHOR -> new SourceMetadata(metadata.title(), metadata.outlet(), text, metadata.url(),
                        metadata.published(), metadata.grade(), metadata.notes());
                case URL -> new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(), text,
                        metadata.published(), metadata.grade(), metadata.notes());
                case PUBLISHED -> date(text).map(date -> new SourceMetadata(metadata.title(), metadata.outlet(),
                        metadata.author(), metadata.url(), date, metadata.grade(), metadata.notes())).orElse(null);
                case GRADE -> new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(),
                        metadata.url(), metadata.published(), Grade.parse(text), metadata.notes());
            });
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** "2017-06-19", "2017-06", "2017", "2015-W51", or a date-time whose day is taken. */
    static Optional<FuzzyDate> date(String text) {
        try {
            if (text.matches("\\d{4}")) {
                return Optional.of(FuzzyDate.of(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(FuzzyDate.of(YearMonth.parse(text).atDay(1), Precision.MONTH));
            }
            Matcher week = WEEK.matcher(text);
            if (week.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.group(2)));
                return Optional.of(FuzzyDate.of(monday, Precision.WEEK));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
                return Optional.of(FuzzyDate.day(LocalDate.parse(text.substring(0, 10))));
            }
        } catch (java.time.DateTimeException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
