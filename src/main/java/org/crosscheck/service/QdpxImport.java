package org.crosscheck.service;

import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.service.refi.QdeReader;
import org.crosscheck.service.refi.QdpxProject;

/**
 * Imports a REFI-QDA project (.qdpx) written by NVivo, ATLAS.ti, MAXQDA, QualCoder or Crosscheck into
 * this project, whether empty or not (README, "REFI-QDA project"): its texts as articles, its codebook
 * as tags with their nesting, its coded passages as claims with those tags, its notes as notes. The
 * file is read and checked whole before anything is saved, and saved as one undoable edit, so a
 * damaged file or a cancel leaves the project as it was. Blocking.
 */
public final class QdpxImport {

    private final UndoHistory history;
    private final StoryService stories;

    QdpxImport(UndoHistory history, StoryService stories) {
        this.history = history;
        this.stories = stories;
    }

    /** Whether a file is to be imported as a REFI-QDA project: by its extension, as QDA tools name them. */
    public static boolean isQdpx(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx");
    }

    /**
     * Reads and checks a .qdpx, touching no project.
     *
     * @throws org.crosscheck.service.refi.QdpxFileException naming the file and what in it is wrong
     */
    public static QdpxProject read(Path file) {
        return QdeReader.read(file);
    }

    /** Reads the file and imports it; see {@link #importProject}. */
    public QdpxImported importFile(Path file, Progress progress) {
        progress.update(0, 1, "Reading " + file.getFileName());
        QdpxProject project = read(file);
        return importProject(project, file, progress);
    }

    /**
     * Imports a read .qdpx into this project as one edit.
     *
     * @throws CancelledException when {@code progress} stops the work; nothing is then saved
     */
    public QdpxImported importProject(QdpxProject project, Path file, Progress progress) {
        QdpxInsert insert = new QdpxInsert(file, project, stories, progress);
        history.perform(insert);
        return insert.outcome();
    }
}
