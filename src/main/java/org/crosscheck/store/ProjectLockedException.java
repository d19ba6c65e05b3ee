package org.crosscheck.store;

import java.nio.file.Path;

/** Another running Crosscheck (or another window of this one) has the project open. */
public final class ProjectLockedException extends StoreException {

    private final Path project;

    public ProjectLockedException(Path project) {
        super("The project " + project.getFileName() + " is already open in another Crosscheck window or command. "
                + "Close it there, or wait for the command to finish, or open another project.");
        this.project = project;
    }

    public Path project() {
        return project;
    }
}
