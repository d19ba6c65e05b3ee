package org.crosscheck.service;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.ProjectBackup;
import org.crosscheck.store.Backups;

/**
 * The copies kept beside a project file, and putting one in the project's place. A shared project
 * keeps none here: the server's backups are the way back.
 */
public final class ProjectBackups {

    private ProjectBackups() {
    }

    /** Every copy of the project there is, newest first; none for a shared project. */
    public static List<ProjectBackup> of(ProjectPlace project) {
        return project.projectFile().map(Backups::of).orElse(List.of());
    }

    /**
     * Puts {@code backup} in the place of the closed project file, keeping the project as it was beside
     * it; returns where it was kept.
     *
     * @throws IllegalArgumentException for a shared project, which has no copies here
     */
    public static Path restore(ProjectPlace project, ProjectBackup backup) {
        return Backups.restore(project.projectFile().orElseThrow(() -> new IllegalArgumentException(
                project.describe() + " is a shared project: its copies are the server's")), backup);
    }
}
