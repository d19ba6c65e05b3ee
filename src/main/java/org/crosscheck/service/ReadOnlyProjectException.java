package org.crosscheck.service;

/** An edit was asked of a project opened read-only; nothing was changed. */
public final class ReadOnlyProjectException extends RuntimeException {

    ReadOnlyProjectException(String edit) {
        super("This project is open read-only, so \u201c" + edit + "\u201d was not made. Make the project file "
                + "writable (or copy it somewhere you can write) and open it again to edit.");
    }
}
