package org.crosscheck.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project in a PostgreSQL database that several people share, named as libpq names it:
 * {@code postgresql://[user[:password]@]host[:port]/database[?parameter=value…]}. A password not in the
 * URL comes from {@code PGPASSWORD} or the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}),
 * in that order, as for psql.
 *
 * <p>The password is never part of how the project is shown: {@link #toString()}, {@link #describe()} and
 * {@link #url()} leave it out, so no message, title, log line or list of recent projects carries it.
 */
public final class ServerProject implements ProjectLocation {

    public static final int DEFAULT_PORT = 5432;

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final Map<String, String> parameters;
    /** Null when none was found: the server then says whether it wants one. */
    private final String password;

    public ServerProject(String host, int port, String database, String user, String password) {
        this(host, port, database, user, password, Map.of());
    }

    private ServerProject(String host, int port, String database, String user, String password,
                          Map<String, String> parameters) {
        if (host.isBlank() || database.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("A shared project needs a server, a database and a user name.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535, not " + port + ".");
        }
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password == null || password.isEmpty() ? null : password;
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses a URL, finding its password as psql does from this process's environment and home folder. */
    public static ServerProject parse(String url) {
        return parse(url, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Parses a URL, taking a missing password from {@code environment} ({@code PGPASSWORD}, {@code PGPASSFILE})
     * or the password file in {@code home}.
     *
     * @throws IllegalArgumentException with a message for the user (which never repeats the password)
     */
    static ServerProject parse(String url, Map<String, String> environment, Path home) {
        String rest = stripPrefix(url.strip());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String userInfo = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String user = userInfo;
        String password = null;
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
            user = userInfo.substring(0, colon);
            password = decode(userInfo.substring(colon + 1));
        }
        user = decode(user);
        String host = rest;
        int port = DEFAULT_PORT;
        int portColon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.lastIndexOf(':');
        if (portColon >= 0) {
            host = rest.substring(0, portColon);
            String digits = rest.substring(portColon + 1);
            try {
                port = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The port in " + masked(url) + " is not a number: " + digits);
            }
        }
        host = decode(host);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "host" -> host = value;
                case "port" -> port = Integer.parseInt(value);
                case "dbname" -> path = value;
                default -> parameters.put(key, value);
            }
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (user.isEmpty()) {
            user = System.getProperty("user.name", "");
        }
        String database = path.isEmpty() ? user : decode(path);
        if (password == null) {
            password = environment.get("PGPASSWORD");
        }
        if (password == null || password.isEmpty()) {
            String file = environment.get("PGPASSFILE");
            Path passFile = file != null && !file.isBlank() ? Path.of(file) : home.resolve(".pgpass");
            password = PgPass.lookUp(passFile, host, port, database, user).orElse(null);
        }
        return new ServerProject(host, port, database, user, password, parameters);
    }

    private static String stripPrefix(String url) {
        for (String prefix : SERVER_PREFIXES) {
            if (url.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return url.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("A shared project's address begins with postgresql://");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** What the user typed, with any password taken out: for the message about a URL that cannot be read. */
    static String masked(String url) {
        return url.replaceAll("(?<=://)([^:/@?]*):[^@/?]*@", "$1@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password found for this project, if any; only the store's connection pool should need it. */
    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Whether a password was given or found: the window asks for one when the server wants one and this is false. */
    public boolean hasPassword() {
        return password != null;
    }

    /** The same project with the password the user typed (kept in memory only). */
    public ServerProject withPassword(String typed) {
        return new ServerProject(host, port, database, user, typed, parameters);
    }

    /** The URL without the password: what is shown, logged and kept in the list of recent projects. */
    public String url() {
        StringBuilder url = new StringBuilder("postgresql://").append(encode(user)).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(encode(database));
        String joiner = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(joiner).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            joiner = "&";
        }
        return url.toString();
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The JDBC driver's URL: the address and the extra parameters, with neither user nor password. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(encode(database));
        String joiner = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(joiner).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            joiner = "&";
        }
        return url.toString();
    }

    @Override
    public String displayName() {
        return database + " on " + host;
    }

    @Override
    public String describe() {
        return url();
    }

    /**
     * Each person's index of a shared project lives on their own machine, in the user data folder, under a
     * name made from the URL (without the password).
     */
    @Override
    public Path searchFolder() {
        String key = (user + "@" + host + "-" + port + "-" + database + (parameters.isEmpty() ? ""
                : "-" + String.join("-", parameters.values()))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9@._-]", "_");
        return UserDataFolder.locate().resolve("servers").resolve(key + ".search");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerProject that && host.equalsIgnoreCase(that.host) && port == that.port
                && database.equals(that.database) && user.equals(that.user) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host.toLowerCase(Locale.ROOT), port, database, user, parameters);
    }

    @Override
    public String toString() {
        return url();
    }
}
