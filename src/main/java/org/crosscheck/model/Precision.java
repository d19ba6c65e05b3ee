package org.crosscheck.model;

/** How exactly a date is known. A date with precision MONTH stands for the whole month. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR, RANGE, UNKNOWN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
