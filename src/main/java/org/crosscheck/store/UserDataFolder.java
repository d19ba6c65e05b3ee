package org.crosscheck.store;

import java.nio.file.Path;
import java.util.Locale;

/** The platform's usual folder for an application's user data. */
public final class UserDataFolder {

    private UserDataFolder() {
    }

    public static Path locate() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Crosscheck");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Crosscheck");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("crosscheck");
    }
}
