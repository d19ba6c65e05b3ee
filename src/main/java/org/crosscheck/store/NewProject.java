package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Makes a new project whole before it takes its name. H2 writes its file header first and the
 * schema after; a Crosscheck that died in between left a file that no longer opened (found by the
 * kill harness). So the project is made and migrated under a hidden name beside it, closed, and
 * then moved into place: its name holds a whole project or nothing.
 */
final class NewProject {

    private NewProject() {
    }

    static void create(ProjectFile project) throws IOException, SQLException {
        Path file = project.databaseFile();
        ProjectFile making = ProjectFile.of(file.resolveSibling("." + project.displayName() + ".being-made"));
        Files.deleteIfExists(making.databaseFile()); // what an earlier attempt left when it was cut off
        String url = "jdbc:h2:file:" + making.h2Base() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            Database.migrate(url);
        }
        Files.move(making.databaseFile(), file, StandardCopyOption.ATOMIC_MOVE);
    }
}
