package org.crosscheck.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What Crosscheck says about itself: its version (from a resource Maven fills in from the pom, so
 * the jar, {@code mvn javafx:run} and the tests all know it) and the fonts and libraries it ships
 * with and their licences. Thread-safe.
 */
public final class AppInfo {

    /** A font or library inside the jar and its licence. */
    public record Bundled(String name, String version, String licence) {
    }

    private AppInfo() {
    }

    /** The user's data folder: the log, the default project, each user's index of a shared project. */
    public static java.nio.file.Path dataFolder() {
        return org.crosscheck.store.UserDataFolder.locate();
    }

    /** The version, as in the pom ("0.1.0-SNAPSHOT"); "unknown" when run from classes Maven did not build. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }

    /** The fonts and libraries bundled in the jar, in the order the About box lists them. */
    public static List<Bundled> bundled() {
        List<Bundled> bundled = new ArrayList<>();
        try (InputStream in = AppInfo.class.getResourceAsStream("licences.tsv")) {
            if (in == null) {
                throw new IllegalStateException("licences.tsv is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                bundled.add(new Bundled(fields[0], fields[1], fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of bundled libraries", e);
        }
        return List.copyOf(bundled);
    }
}
