package org.crosscheck.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.ServerProject;

/**
 * Where a project lives, as the window and the commands name it: a project file (H2, the default),
 * or a shared project on a PostgreSQL server. The layers above service see this, never the store's
 * types. Its text forms never carry a password.
 */
public final class ProjectPlace {

    /** How a project file's name ends ({@code research.mv.db}). */
    public static final String FILE_SUFFIX = ProjectFile.SUFFIX;

    private final ProjectLocation location;

    private ProjectPlace(ProjectLocation location) {
        this.location = Objects.requireNonNull(location);
    }

    /**
     * What the user typed: a server URL ({@code postgresql://[user[:password]@]host[:port]/database}) or a path.
     *
     * @throws IllegalArgumentException with a message for the user (without the password) when a URL is malformed
     */
    public static ProjectPlace parse(String typed) {
        return new ProjectPlace(ProjectLocation.parse(typed));
    }

    /** Whether {@code typed} names a shared project on a server rather than a file. */
    public static boolean isServerUrl(String typed) {
        return ProjectLocation.isServerUrl(typed);
    }

    /** The project file at {@code path} ({@code NAME} or {@code NAME.mv.db}). */
    public static ProjectPlace file(Path path) {
        return new ProjectPlace(ProjectFile.of(path));
    }

    /** A project file the store named. */
    public static ProjectPlace of(ProjectFile file) {
        return new ProjectPlace(file);
    }

    /** The default project in the user's data folder. */
    public static ProjectPlace defaultProject() {
        return new ProjectPlace(ProjectFile.defaultProject());
    }

    /**
     * A shared project from the window's form; an empty {@code password} is looked for in {@code PGPASSWORD}
     * and {@code ~/.pgpass}, as psql does.
     *
     * @throws IllegalArgumentException when the port is out of range or a field is empty
     */
    public static ProjectPlace server(String host, int port, String database, String user, String password) {
        ServerProject found = ServerProject.parse("postgresql://" + encode(user) + "@"
                + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port + "/"
                + encode(database));
        return new ProjectPlace(password == null || password.isEmpty() ? found : found.withPassword(password));
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The place of a project the store opened (with the password it was opened with). */
    static ProjectPlace at(ProjectLocation location) {
        return new ProjectPlace(location);
    }

    /** The store's own name for it, for the service layer. */
    ProjectLocation location() {
        return location;
    }

    /** The short name for titles and lists. */
    public String displayName() {
        return location.displayName();
    }

    /** How messages, titles, logs and the recent list name it: the path, or the URL without the password. */
    public String describe() {
        return location.describe();
    }

    /** Whether it is a shared project on a server. */
    public boolean isShared() {
        return location instanceof ServerProject;
    }

    /** The project's database file, when it is a file. */
    public Optional<Path> filePath() {
        return location instanceof ProjectFile file ? Optional.of(file.databaseFile()) : Optional.empty();
    }

    /** The project file, for the copies kept beside it; empty for a shared project. */
    public Optional<ProjectFile> projectFile() {
        return location instanceof ProjectFile file ? Optional.of(file) : Optional.empty();
    }

    /** A shared project for which no password was given or found: the window asks for one. */
    public boolean needsPassword() {
        return location instanceof ServerProject server && !server.hasPassword();
    }

    /** The server, port, database and user of a shared project, to fill the form with; empty for a file. */
    public Optional<ServerFields> serverFields() {
        return location instanceof ServerProject server
                ? Optional.of(new ServerFields(server.host(), server.port(), server.database(), server.user()))
                : Optional.empty();
    }

    /** What the form asks for, the password excepted. */
    public record ServerFields(String host, int port, String database, String user) {
    }

    /** The port libpq uses when the URL names none. */
    public static int defaultServerPort() {
        return ServerProject.DEFAULT_PORT;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPlace that && location.equals(that.location);
    }

    @Override
    public int hashCode() {
        return location.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
