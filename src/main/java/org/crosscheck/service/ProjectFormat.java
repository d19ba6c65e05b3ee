package org.crosscheck.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The names a JSON project file is known by: its {@code format} and {@code version}, its schema,
 * and how enum values are written in it (lower case, dashes for underscores: "changed-over-time").
 */
final class ProjectFormat {

    static final String FORMAT = "crosscheck-project";
    /** Raised when a file of this version could no longer be read the same by an older Crosscheck. */
    static final int VERSION = 1;
    /** The JSON Schema of the format, in the jar beside this class. */
    static final String SCHEMA = "crosscheck-project.schema.json";

    private ProjectFormat() {
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The enum value written as {@code key}, or null when there is none. */
    static <E extends Enum<E>> E fromKey(Class<E> type, String key) {
        for (E value : type.getEnumConstants()) {
            if (key(value).equals(key)) {
                return value;
            }
        }
        return null;
    }

    /** "day, week, month, year, range, unknown": for a message that names what would have been right. */
    static String keys(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(ProjectFormat::key).collect(Collectors.joining(", "));
    }
}
