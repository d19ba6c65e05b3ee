package org.crosscheck.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ingest.ContentHash;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.service.refi.CrosscheckCodes;
import org.crosscheck.service.refi.QdpxProject;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;
import org.crosscheck.store.TagRepository;
import org.crosscheck.store.Work;

/**
 * A read .qdpx put into the project, as one undoable edit in one transaction: the codes become tags
 * (a code named like one of the project's tags joins it), the texts articles (a text the project
 * holds already is left out with its codings), the coded passages claims ({@link QdpxClaims}). The
 * first time the rows get ids, which redo reuses; undo deletes them again. A cancel while saving
 * rolls the whole transaction back.
 */
final class QdpxInsert implements Edit {

    private final String description;
    private final QdpxProject project;
    private final Path file;
    private final StoryService stories;
    private final Progress progress;
    private final SourceRepository sources = new SourceRepository();
    private final TagRepository tags = new TagRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final StoryRepository storyTerms = new StoryRepository();

    private List<Tag> createdTags;
    private final List<Source> insertedSources = new ArrayList<>();
    private final List<Claim> insertedClaims = new ArrayList<>();
    private final Map<Long, String> terms = new HashMap<>();
    private QdpxImported outcome;

    QdpxInsert(Path file, QdpxProject project, StoryService stories, Progress progress) {
        this.description = "Import " + file.getFileName();
        this.file = file;
        this.project = project;
        this.stories = stories;
        this.progress = progress;
    }

    @Override
    public String description() {
        return description;
    }

    QdpxImported outcome() {
        return outcome;
    }

    @Override
    public void apply(Database database) {
        database.inTransaction("import " + file.getFileName(), transaction -> {
            (createdTags == null ? firstTime() : again()).run(transaction);
            storyTerms.saveTerms(transaction, terms);
            return null;
        });
        stories.recluster(); // derived, so not undone: undo leaves the others' stories as they are
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("undo the import of " + file.getFileName(), transaction -> {
            for (Source source : insertedSources) {
                sources.delete(transaction, source.id()); // its claims go with it
            }
            for (int i = createdTags.size() - 1; i >= 0; i--) {
                tags.delete(transaction, createdTags.get(i).id());
            }
            return null;
        });
    }

    /** The rows as they come from the file: new ids, and the tags found by name. */
    private Work<Void> firstTime() {
        return transaction -> {
            List<Tag> created = new ArrayList<>();
            Map<String, Long> tagOfCode = insertTags(created).run(transaction);
            int duplicates = insertTexts(tagOfCode).run(transaction);
            createdTags = created;
            outcome = new QdpxImported(file, insertedSources.size(), duplicates, created.size(),
                    (int) tagOfCode.values().stream().distinct().count() - created.size(), insertedClaims.size(),
                    project.notImported());
            return null;
        };
    }

    /** A redo: the same rows with the same ids, parents before children as first inserted. */
    private Work<Void> again() {
        return transaction -> {
            for (Tag tag : createdTags) {
                tags.insert(transaction, tag);
            }
            for (Source source : insertedSources) {
                sources.insert(transaction, source);
            }
            for (Claim claim : insertedClaims) {
                claims.insert(transaction, claim);
            }
            return null;
        };
    }

    /** The tag of each code that is not one of Crosscheck's own (kind, status); new ones go to {@code created}. */
    private Work<Map<String, Long>> insertTags(List<Tag> created) {
        return transaction -> {
            QdpxTags codebook = new QdpxTags(tags.all(transaction));
            Map<String, Long> tagOfCode = new HashMap<>();
            for (QdpxProject.Code code : project.codes()) {
                if (CrosscheckCodes.isOwn(code.guid())) {
                    continue;
                }
                Long parent = code.parent() == null ? null : tagOfCode.get(code.parent());
                QdpxTags.Found found = codebook.find(code.name(), code.color(), parent);
                Tag tag = found.isNew() ? tags.insert(transaction, found.tag()) : found.tag();
                if (found.isNew()) {
                    created.add(tag);
                    codebook.created(tag);
                }
                tagOfCode.put(code.guid(), tag.id());
            }
            return tagOfCode;
        };
    }

    /** Inserts each text not in the project yet, with its claims; returns how many were there already. */
    private Work<Integer> insertTexts(Map<String, Long> tagOfCode) {
        return transaction -> {
            Set<String> hashes = new HashSet<>();
            int duplicates = 0;
            int done = 0;
            for (QdpxProject.Text text : project.texts()) {
                progress.update(done++, project.texts().size(), "Saving " + text.name());
                String hash = ContentHash.of(text.text());
                if (!hashes.add(hash) || sources.findByHash(transaction, hash).isPresent()) {
                    duplicates++;
                    continue;
                }
                Source source = sources.insert(transaction, QdpxClaims.source(text, file, hash, project.notImported()));
                insertedSources.add(source);
                terms.put(source.id(), StoryService.termsOf(source));
                for (Claim claim : QdpxClaims.of(text, source.id(), tagOfCode)) {
                    insertedClaims.add(claims.insert(transaction, claim));
                }
            }
            // a cancel asked while the last text was saved stops here, and the transaction rolls back
            progress.update(done, project.texts().size(), "Saved " + file.getFileName());
            return duplicates;
        };
    }
}
