package org.crosscheck.cli;

/** The command line is wrong; the message says how, in words for the person who typed it. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
