package org.crosscheck.service;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.store.Database;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.ProjectRows;
import org.crosscheck.store.EntityRepository;

/**
 * File › Export › Project (JSON)…: the whole project as one JSON project file (README, "JSON project"), a
 * copy that does not depend on the database's format, to move to another machine or keep as a
 * backup; {@link ProjectImport} restores it. Reads only, so a project open read-only exports too.
 * Blocking: call from a background thread.
 */
public final class ProjectExport {

    private final Database database;
    private final ProjectRows rows = new ProjectRows();
    private final org.crosscheck.store.CitationChainRepository chains = new org.crosscheck.store.CitationChainRepository();
    private final org.crosscheck.store.SpeakerIdentityRepository identities = new org.crosscheck.store.SpeakerIdentityRepository();
    private final EntityRepository entities = new EntityRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();

    private final org.crosscheck.store.SourceGradeRepository grades = new org.crosscheck.store.SourceGradeRepository();

    private final java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor;

    /** {@code extractor} reads the chains of claims that have none saved, as the comparison does. */
    ProjectExport(Database database, java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor) {
        this.database = database;
        this.extractor = extractor;
    }

    /**
     * Writes the project to {@code file} (.json). Written beside it and moved over it whole, so a
     * failed or cancelled export never leaves half a file nor destroys the one there was.
     *
     * @throws CancelledException when {@code progress} stops the work; no file is then written
     */
    public Path export(Path file, Progress progress) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new IllegalArgumentException("A project is exported as a .json file, not " + file.getFileName()
                    + ".");
        }
        progress.update(0, 1, "Reading the project");
        ProjectContents contents = contents();
        java.util.Map<Long, org.crosscheck.model.CitationChain> shown = contents.speakerMerges().isEmpty()
                ? contents.chains() : CitationChains.asShown(contents, extractor.get());
        return WholeFile.write(file, progress, partial -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                new ProjectJsonWriter(progress).write(contents, shown, database.project().displayName(),
                        Instant.now(), out);
            }
        });
    }

    /** Everything the project holds, read in one transaction so that its parts fit together. */
    ProjectContents contents() {
        return database.inTransaction("read the whole project", transaction -> new ProjectContents(
                rows.readAll(transaction),
                entities.load(transaction).orElse(null),
                nullWhenNone(groupEdits.load(transaction)),
                chains.all(transaction), identities.all(transaction), grades.all(transaction),
                new org.crosscheck.store.SpeakerMergeRepository().all(transaction)));
    }

    /** A project without hand edits writes none, as it did when they were a document that was absent. */
    private static GroupEdits nullWhenNone(GroupEdits edits) {
        return edits.equals(GroupEdits.NONE) ? null : edits;
    }
}
