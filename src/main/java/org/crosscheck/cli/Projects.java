package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.service.Workbench;
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
        ProjectPlace project = ProjectPlace.file(Path.of(path));
        Path file = project.filePath().orElseThrow();
        if (!Files.exists(file)) {
            throw new UsageException("no project at " + file);
        }
        return Workbench.openForReading(project);
    }

    /** A project to fill: created empty when it does not exist yet. */
    static Workbench openOrCreate(String path) {
        if (ProjectPlace.isServerUrl(path)) {
            return Workbench.open(server(path), false);
        }
        return Workbench.open(ProjectPlace.file(Path.of(path)), false);
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
