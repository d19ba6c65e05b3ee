package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.service.ProjectPlace;

/** Opens the project a command names, without filling new ones with the sample. */
final class Projects {

    private Projects() {
    }

    /**
     * An existing project, opened only to read: a command that reports must neither create an
     * empty file by a typo nor change the project it reports on.
     */
    static Workbench openExisting(String path) {
        if (ProjectPlace.isServerUrl(path)) {
            return Workbench.openForReading(server(path));
        }
        ProjectFile project = ProjectFile.of(Path.of(path));
        if (!Files.exists(project.databaseFile())) {
            throw new UsageException("no project at " + project.databaseFile());
        }
        return Workbench.openForReading(project);
    }

    /** A project to fill: created empty when it does not exist yet. */
    static Workbench openOrCreate(String path) {
        if (ProjectPlace.isServerUrl(path)) {
            return Workbench.open(server(path), false);
        }
        return Workbench.open(ProjectFile.of(Path.of(path)), false);
    }

    /** A shared project's URL; a malformed one is a usage error, told without its password. */
    private static ProjectPlace server(String url) {
        try {
            return ProjectPlace.parse(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
