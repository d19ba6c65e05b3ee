package org.crosscheck.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * A PostgreSQL failure in the researcher's words, naming the server and the database but never the
 * password: which of the four usual things is wrong (server not reachable, user or password refused,
 * no such database, no right to it), and what to do.
 */
final class ServerWords {

    private ServerWords() {
    }

    static StoreException openFailure(ServerProject project, Throwable e) {
        String where = project.host() + ":" + project.port();
        String state = sqlState(e);
        String message;
        if (causedBy(e, UnknownHostException.class)) {
            message = "There is no server called " + project.host() + ". Check the server's name.";
        } else if (causedBy(e, ConnectException.class) || state.startsWith("08")) {
            message = "Cannot reach the database server at " + where + ": is it running, and does it accept "
                    + "connections from this machine? Check the server's name and port.";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "The server at " + where + " refused the user " + project.user() + (project.hasPassword()
                    ? ": the password is wrong, or this user may not connect from here."
                    : ": it wants a password, and none was given (type it, or put it in ~/.pgpass).");
        } else if (state.equals("3D000")) {
            message = "There is no database " + project.database() + " on the server at " + where + ". Ask whoever "
                    + "runs the server to create it (the README says how).";
        } else if (state.equals("42501")) {
            message = "The user " + project.user() + " may not use the database " + project.database() + " on " + where
                    + ". Ask whoever runs the server to grant it.";
        } else {
            message = "Cannot open the shared project " + project.describe() + ": " + reason(e) + ".";
        }
        return new StoreException(message, e);
    }

    /** The last words of a failure, never a password: the driver's messages do not carry it. */
    static String reason(Throwable e) {
        Throwable last = e;
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        String said = last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
        return "the server said \u201c" + said.strip() + "\u201d";
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
