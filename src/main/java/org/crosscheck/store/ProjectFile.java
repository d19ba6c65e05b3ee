package org.crosscheck.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a project lives on disk. A project is one H2 database file, {@code NAME.mv.db}; the user
 * may name it with or without that suffix.
 */
public record ProjectFile(Path databaseFile) implements ProjectLocation {

    public static final String SUFFIX = ".mv.db";

    public static ProjectFile of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            absolute = absolute.resolveSibling(name + SUFFIX);
        }
        return new ProjectFile(absolute);
    }

    /** The path H2 wants: the database file without its suffix. */
    String h2Base() {
        String file = databaseFile.toString();
        return file.substring(0, file.length() - SUFFIX.length());
    }

    /** A file beside the database that only one process at a time may hold locked. */
    Path lockFile() {
        String name = databaseFile.getFileName().toString();
        return databaseFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".crosscheck-lock");
    }

    /** The full-text index's folder beside the database: {@code NAME.search}. */
    @Override
    public Path searchFolder() {
        return databaseFile.resolveSibling(displayName() + ".search");
    }

    @Override
    public String displayName() {
        String name = databaseFile.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    @Override
    public String describe() {
        return databaseFile.toString();
    }

    /** The default project in the platform's usual place for user data. */
    public static ProjectFile defaultProject() {
        return of(UserDataFolder.locate().resolve("default"));
    }
}
