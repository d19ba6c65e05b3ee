package org.crosscheck.store;

import java.nio.file.Path;

/**
 * Where a project lives: a file on this machine ({@link ProjectFile}, H2, the default) or a
 * database on a server that several people share ({@link ServerProject}, PostgreSQL).
 */
public sealed interface ProjectLocation permits ProjectFile, ServerProject {

    /** The URL prefixes that name a server project, as libpq spells them. */
    String[] SERVER_PREFIXES = {"postgresql://", "postgres://"};

    /**
     * The location the user typed: a server URL ({@code postgresql://…}) or a file path.
     *
     * @throws IllegalArgumentException with a message for the user when a server URL is malformed
     */
    static ProjectLocation parse(String typed) {
        if (isServerUrl(typed)) {
            return ServerProject.parse(typed);
        }
        return ProjectFile.of(Path.of(typed));
    }

    static boolean isServerUrl(String typed) {
        for (String prefix : SERVER_PREFIXES) {
            if (typed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** The short name for titles and lists: the file's name, or the database's. */
    String displayName();

    /** How messages, titles and logs name it: the path, or the URL with no password in it. */
    String describe();

    /** The full-text index's folder on this machine. */
    Path searchFolder();
}
