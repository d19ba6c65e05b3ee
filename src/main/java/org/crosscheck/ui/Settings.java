package org.crosscheck.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The researcher's own settings, not a project's: the recent projects, the window's size,
 * place and dividers, the selected tab, column widths and the text size. Kept in
 * {@code settings.properties} in the user's data folder (beside {@code crosscheck.log}); a test
 * gives a file of its own, or none ({@link #inMemory}), so it never touches the real user's.
 *
 * <p>Read on any thread; changed on the JavaFX thread. Each change is written to the file on a
 * thread of its own (the file replaced whole), so the JavaFX thread never waits on the disk.
 */
public final class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    /** How many projects File › Open Recent lists. */
    static final int RECENT_LIMIT = 10;
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();
    private final ExecutorService writer;

    private Settings(Path file) {
        this.file = file;
        this.writer = file == null ? null : Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crosscheck-settings");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The settings in {@code file}, read now (blocking); a missing or unreadable file is no settings yet. */
    public static Settings in(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Cannot read the settings " + file + "; starting from none", e);
            }
        }
        return settings;
    }

    /** Settings that live only as long as this object: for tests, and windows that must leave no trace. */
    public static Settings inMemory() {
        return new Settings(null);
    }

    /** The file the settings are kept in; empty for settings in memory only. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    synchronized OptionalDouble number(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    void put(String key, String value) {
        synchronized (this) {
            if (value.equals(values.getProperty(key))) {
                return;
            }
            values.setProperty(key, value);
        }
        save();
    }

    void put(String key, double value) {
        put(key, Double.toString(value));
    }

    /** The recent projects' files, the latest first (shared projects on a server left out). */
    public synchronized List<Path> recentProjects() {
        return recentPlaces().stream().filter(place -> !org.crosscheck.service.ProjectPlace.isServerUrl(place))
                .map(Path::of).toList();
    }

    /**
     * The recent projects, the latest first: each a file's path, or a shared project's URL (never with a
     * password in it: what is kept is {@code ServerProject.url()}).
     */
    public synchronized List<String> recentPlaces() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                recent.add(value);
            }
        }
        return recent;
    }

    /** Puts a project file first in the recent list (an older mention of it goes), keeping ten. */
    public void addRecentProject(Path databaseFile) {
        addRecentPlace(databaseFile.toAbsolutePath().normalize().toString());
    }

    /** Puts a shared project first in the recent list, by its URL without the password. */
    public void addRecentServerProject(org.crosscheck.service.ProjectPlace project) {
        addRecentPlace(project.describe());
    }

    private void addRecentPlace(String added) {
        List<String> recent = new ArrayList<>(recentPlaces());
        recent.remove(added);
        recent.add(0, added);
        setRecent(recent);
    }

    /** Takes projects out of the recent list (File › Open Recent › Remove missing). */
    void removeRecentProjects(List<String> gone) {
        List<String> recent = new ArrayList<>(recentPlaces());
        recent.removeAll(gone);
        setRecent(recent);
    }

    private void setRecent(List<String> recent) {
        synchronized (this) {
            for (int i = 0; i < RECENT_LIMIT; i++) {
                if (i < recent.size()) {
                    values.setProperty(RECENT + i, recent.get(i));
                } else {
                    values.remove(RECENT + i);
                }
            }
        }
        save();
    }

    /**
     * Writes every setting to the file, replacing it whole, on the writer's thread. Changes that
     * come faster than the disk (a divider dragged) are written together: one write is queued at
     * a time, and it takes the settings as they are when it runs.
     */
    private void save() {
        if (writer == null || !writeQueued.compareAndSet(false, true)) {
            return;
        }
        writer.execute(() -> {
            writeQueued.set(false);
            Properties copy = new Properties();
            synchronized (this) {
                copy.putAll(values);
            }
            write(copy);
        });
    }

    private final java.util.concurrent.atomic.AtomicBoolean writeQueued = new java.util.concurrent.atomic.AtomicBoolean();

    private void write(Properties copy) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                copy.store(out, "Crosscheck's settings for this user; safe to delete");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the settings " + file, e);
        }
    }

    /** Waits until what was changed is in the file (at closing, and for tests). */
    public void flush() {
        if (writer == null) {
            return;
        }
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UncheckedIOException(new IOException("cannot save the settings", e.getCause()));
        }
    }
}
