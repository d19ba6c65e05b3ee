package org.crosscheck.service;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.store.Database;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.ProjectRows;

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

    /** The canonical names of the entities each linked claim refers to: a file names them, as its ids are the project's own. */
    private static java.util.Map<Long, ProjectContents.EntityNames> linkedNames(
            java.util.Map<Long, org.crosscheck.store.EntityLink> links, java.util.Map<Long, org.crosscheck.model.Entity> byId) {
        java.util.Map<Long, ProjectContents.EntityNames> names = new java.util.HashMap<>();
        links.forEach((claimId, link) -> {
            org.crosscheck.model.Entity subject = byId.get(link.subjectEntityId());
            org.crosscheck.model.Entity place = byId.get(link.placeEntityId());
            names.put(claimId, new ProjectContents.EntityNames(subject == null ? null : subject.canonical(),
                    place == null ? null : place.canonical()));
        });
        return names;
    }

    /** Everything the project holds, read in one transaction so that its parts fit together. */
    ProjectContents contents() {
        return database.inTransaction("read the whole project", transaction -> {
            ProjectRows.Tables tables = rows.readAll(transaction);
            return new ProjectContents(tables,
                    entities.load(transaction).orElse(null),
                    nullWhenNone(applied(tables, groupEdits.load(transaction), groupEdits.claimsHeld(transaction))),
                    chains.all(transaction), identities.all(transaction), grades.all(transaction),
                    new org.crosscheck.store.SpeakerMergeRepository().all(transaction),
                    linkedNames(transaction));
        });
    }

    /**
     * The entities each claim is linked to, by name; in a project on the shipped table that has no rows of
     * it (opened only to read since before a project took that table as rows), the shipped table's reading
     * of the claims' words, as the comparison reads them ({@link ComparisonService}).
     */
    private java.util.Map<Long, ProjectContents.EntityNames> linkedNames(org.crosscheck.store.Transaction transaction) {
        if (entities.hasOwnTable(transaction)) {
            return linkedNames(new org.crosscheck.store.ClaimRepository().entityLinks(transaction), entities.byId(transaction));
        }
        java.util.List<org.crosscheck.model.Entity> shipped = org.crosscheck.extract.AliasTable.defaults().entities();
        return linkedNames(new org.crosscheck.store.EntityLinkRepository().asNamedBy(transaction, shipped),
                ClaimEntityRefs.numbered(shipped));
    }

    /**
     * The group edits under the keys their groups have now, as the comparison applies them (see
     * {@link StoredGroups}): the file names each group by its key, and keeps no record of the claims
     * each edited group held, so a group whose key changed since its last edit is written under its new one.
     */
    private static GroupEdits applied(ProjectRows.Tables tables, GroupEdits stored, java.util.Map<String, java.util.Set<Long>> held) {
        if (held.isEmpty()) {
            return stored;
        }
        java.util.Map<Long, org.crosscheck.model.Story> stories = new java.util.HashMap<>();
        tables.stories().forEach(story -> stories.put(story.id(), story));
        java.util.Map<Long, org.crosscheck.model.Statement.StoryRef> storyOf = new java.util.HashMap<>();
        java.util.Map<Long, org.crosscheck.model.Source> sources = new java.util.HashMap<>();
        for (ProjectRows.Article article : tables.sources()) {
            sources.put(article.source().id(), article.source());
            org.crosscheck.model.Story story = article.storyId() == null ? null : stories.get(article.storyId());
            if (story != null) {
                storyOf.put(article.source().id(), new org.crosscheck.model.Statement.StoryRef(story.id(), story.name()));
            }
        }
        java.util.List<org.crosscheck.model.Statement> statements = new java.util.ArrayList<>();
        for (org.crosscheck.model.Claim claim : tables.claims()) {
            org.crosscheck.model.Source source = sources.get(claim.sourceId());
            if (source != null && claim.status() != org.crosscheck.model.ClaimStatus.REJECTED) {
                // only its key is asked of it: no quote is needed
                statements.add(new org.crosscheck.model.Statement(claim, source.title(), source.outlet(),
                        source.published(), "", false, storyOf.get(source.id()), ""));
            }
        }
        return StoredGroups.of(statements, stored, held).applied();
    }

    /** A project without hand edits writes none, as it did when they were a document that was absent. */
    private static GroupEdits nullWhenNone(GroupEdits edits) {
        return edits.equals(GroupEdits.NONE) ? null : edits;
    }
}
