package org.crosscheck.model;

/** A search the query syntax cannot read; the message says so in words for the researcher. */
public final class SearchSyntaxException extends RuntimeException {

    public SearchSyntaxException(String message) {
        super(message);
    }

    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
