package org.crosscheck.model;

/** What sort of statement a claim is; decides its highlight colour and which fields apply. */
public enum ClaimKind {
    QUANTITY, EVENT, QUOTE, OTHER;

    /** Lower-case name as used in files, style classes and the command line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
