package org.crosscheck.service;

import java.nio.file.Path;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectFiles;

/**
 * Makes a new project from a JSON project file: the way back when a project file cannot be opened
 * any more, or to carry a project to another machine. The file is read and checked before any
 * project is made, the project is restored under a hidden name and only then put in place, so the
 * name chosen holds the whole restored project or nothing, whatever fails or is cancelled.
 */
public final class ProjectFromExport {

    private ProjectFromExport() {
    }

    /**
     * Restores {@code json} as the new project {@code target} and returns what it restored; the
     * project is closed again, for the caller to open.
     *
     * @throws IllegalArgumentException when {@code target} exists already
     * @throws ProjectFileException when the file is not a whole JSON project
     * @throws CancelledException when {@code progress} was cancelled while reading
     */
    public static ProjectImport.Restored restore(Path json, ProjectPlace target, Progress progress) {
        return restore(json, target.projectFile().orElseThrow(() -> new IllegalArgumentException(
                "A JSON project is restored as a new project file, not into " + target.describe())), progress);
    }

    /** Restores {@code json} as the new project file {@code target}, as {@link #restore(Path, ProjectPlace, Progress)}. */
    public static ProjectImport.Restored restore(Path json, ProjectFile target, Progress progress) {
        if (ProjectFiles.exists(target)) {
            throw new IllegalArgumentException("A project named " + target.displayName() + " exists already in "
                    + target.databaseFile().getParent() + "; a JSON project is restored only as a new project, so "
                    + "choose a name no project has.");
        }
        ProjectContents contents = ProjectImport.read(json, progress);
        progress.update(1, 1, "Restoring " + json.getFileName());
        ProjectFile making = ProjectFile.of(target.databaseFile().resolveSibling(
                "." + target.displayName() + ".being-restored"));
        ProjectFiles.discard(making); // what an earlier attempt left when it was cut off
        ProjectImport.Restored restored;
        try (Workbench workbench = Workbench.open(making, false)) {
            restored = workbench.projectImport().restore(contents, json.getFileName().toString());
        } catch (RuntimeException e) {
            ProjectFiles.discard(making);
            throw e;
        }
        ProjectFiles.move(making, target);
        return restored;
    }
}
