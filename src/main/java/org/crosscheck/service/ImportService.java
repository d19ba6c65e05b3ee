package org.crosscheck.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Extraction;
import org.crosscheck.ingest.ImportableFiles;
import org.crosscheck.ingest.ImportedText;
import org.crosscheck.ingest.PageMetadata;
import org.crosscheck.ingest.TextFileReader;
import org.crosscheck.ingest.UnreadableFileException;
import org.crosscheck.model.Claim;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.store.ClaimContextRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;

/**
 * Imports files into the project. Files that cannot be read are reported and skipped; texts
 * already in the project are recognised by their content hash and not added twice. One import
 * is one undoable edit. Blocking: call from a background thread.
 */
public final class ImportService {

    /** Claims sent to the database at once; also how often saving a large article reports progress. */
    private static final int CLAIMS_PER_BATCH = 1_000;

    private final Database database;
    private final UndoHistory history;
    private final TextFileReader reader = new TextFileReader();
    private final SourceRepository sources = new SourceRepository();

    private final SuggestionService suggestions;
    private final StoryService stories;
    private final ClaimRepository claims = new ClaimRepository();
    private final StoryRepository storyTerms = new StoryRepository();
    private final ClaimContextRepository contexts = new ClaimContextRepository();

    ImportService(Database database, UndoHistory history, SuggestionService suggestions, StoryService stories) {
        this.database = database;
        this.history = history;
        this.suggestions = suggestions;
        this.stories = stories;
    }

    /** Imports files and folders (a folder's {@code sources.json}, if any, gives metadata). */
    public ImportReport importFiles(List<Path> filesOrFolders, Progress progress) {
        return importFiles(filesOrFolders, FuzzyDate.UNKNOWN, progress);
    }

    /**
     * Imports files and folders; {@code published} is the publication date of every file that
     * neither its folder's {@code sources.json} nor, for a web page, its own metadata dates.
     */
    public ImportReport importFiles(List<Path> filesOrFolders, FuzzyDate published, Progress progress) {
        Map<Path, Map<String, SourceMetadata>> described = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path chosen : filesOrFolders) {
            ImportableFiles.Survey survey = ImportableFiles.survey(List.of(chosen));
            files.addAll(survey.files());
            skipped.addAll(survey.skipped());
            survey.unreadable().forEach(what -> failures.add(new ImportReport.Failure(what.path(), what.reason())));
            if (java.nio.file.Files.isDirectory(chosen) && survey.files().isEmpty() && survey.unreadable().isEmpty()) {
                // an empty folder, or one of other files, imports nothing: say so rather than "Imported 0 files"
                failures.add(new ImportReport.Failure(chosen, "The folder " + chosen.getFileName()
                        + " holds no file Crosscheck can import (.txt, .md, .html or .pdf)."));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), "Reading " + file.getFileName());
            try {
                ImportedText text = reader.read(file);
                SourceMetadata metadata = described
                        .computeIfAbsent(file.toAbsolutePath().getParent(), folder -> metadataIn(folder, failures))
                        .get(file.getFileName().toString());
                candidates.add(new Candidate(file, text, metadata, published));
            } catch (UnreadableFileException e) {
                failures.add(new ImportReport.Failure(file, e.getMessage()));
            }
        }
        return store(candidates, failures, progress).withSkipped(skipped);
    }

    /** Fills the project with the sample articles that ship with Crosscheck. */
    public ImportReport importSample(Progress progress) {
        List<Candidate> candidates = new ArrayList<>();
        for (SampleArticles.Entry entry : SampleArticles.readSample()) {
            ImportedText text = reader.read(entry.file(), SampleArticles.sampleBytes(entry.file()));
            candidates.add(new Candidate(Path.of("sample", entry.file()), text, entry.metadata()));
        }
        return store(candidates, List.of(), progress);
    }

    /** The import-wide date for a source that nothing else dates. */
    private static SourceMetadata withDate(SourceMetadata metadata, FuzzyDate published) {
        if (!published.isKnown() || metadata.published().isKnown()) {
            return metadata;
        }
        return new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(), metadata.url(), published,
                metadata.grade(), metadata.notes());
    }

    /** What a folder's sources.json says of its files; what in it is wrong is added to {@code failures}. */
    private static Map<String, SourceMetadata> metadataIn(Path folder, List<ImportReport.Failure> failures) {
        Map<String, SourceMetadata> byFile = new HashMap<>();
        if (folder != null) {
            SampleArticles.Folder described = SampleArticles.readFolder(folder);
            described.entries().forEach(entry -> byFile.put(entry.file(), entry.metadata()));
            described.problems().forEach(problem ->
                    failures.add(new ImportReport.Failure(folder.resolve("sources.json"),
                            "The sources.json of " + folder.getFileName() + " " + problem + ".")));
        }
        return byFile;
    }

    /** Finds the suggestions of the new texts (stopping there if cancelled), then saves all as one edit. */
    private ImportReport store(List<Candidate> candidates, List<ImportReport.Failure> failures, Progress progress) {
        List<Path> duplicates = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        database.inTransaction("look for texts already in the project", connection -> {
            for (Candidate candidate : candidates) {
                String hash = candidate.text().contentHash();
                if (!hashes.add(hash) || sources.findByHash(connection, hash).isPresent()) {
                    duplicates.add(candidate.file());
                } else {
                    fresh.add(candidate);
                }
            }
            return null;
        });
        if (!fresh.isEmpty()) {
            List<Source> toInsert = new ArrayList<>(fresh.stream().map(ImportService::toSource).toList());
            List<Extraction> read = new ArrayList<>();
            for (int i = 0; i < toInsert.size(); i++) {
                Source source = toInsert.get(i);
                progress.update(i, toInsert.size(), "Finding claims in " + source.title());
                read.add(suggestions.read(source.text(), source.published().isKnown() ? source.published().date() : null));
            }
            progress.update(toInsert.size(), toInsert.size(), "Saving");
            List<String> terms = toInsert.stream().map(StoryService::termsOf).toList();
            List<List<Claim>> suggested = new ArrayList<>();
            history.perform(new Edits("Import " + fresh.size() + (fresh.size() == 1 ? " file" : " files"),
                    db -> {
                        insertAll(db, toInsert, read, terms, suggested, progress);
                        stories.recluster(); // derived, so not undone: undo leaves the others' stories as they are
                    }, db -> deleteAll(db, toInsert)));
        }
        return new ImportReport(fresh.stream().map(Candidate::file).toList(), duplicates, failures);
    }

    /**
     * Inserts the sources with their suggested claims. The first time they get ids, which redo
     * then reuses, so that undo and redo give back exactly the same sources and claims. Progress
     * is reported the first time only: a cancel there rolls the whole transaction back, so a large
     * article's thousands of claims can be stopped while they are saved.
     */
    private void insertAll(Database db, List<Source> toInsert, List<Extraction> read, List<String> terms,
                           List<List<Claim>> suggested, Progress progress) {
        db.inTransaction("save the imported sources", connection -> {
            boolean first = suggested.isEmpty();
            Progress saving = first ? progress : Progress.NONE;
            Map<Long, String> termsById = new HashMap<>();
            for (int i = 0; i < toInsert.size(); i++) {
                Source source = sources.insert(connection, toInsert.get(i));
                toInsert.set(i, source);
                termsById.put(source.id(), terms.get(i));
                List<Claim> claimsOfSource = first ? read.get(i).suggestions(source.id()) : suggested.get(i);
                List<Claim> stored = new ArrayList<>();
                saving.update(i, toInsert.size(), "Saving " + source.title());
                for (int from = 0; from < claimsOfSource.size(); from += CLAIMS_PER_BATCH) {
                    int to = Math.min(claimsOfSource.size(), from + CLAIMS_PER_BATCH);
                    stored.addAll(claims.insertAll(connection, claimsOfSource.subList(from, to)));
                    if (to < claimsOfSource.size()) {
                        saving.update(i, toInsert.size(), "Saving " + source.title() + ": " + stored.size() + " of "
                                + claimsOfSource.size() + " claims");
                    }
                }
                contexts.saveAll(connection, ClaimContexts.of(source.text(), stored));
                saving.update(i + 1, toInsert.size(), "Saved " + source.title()); // a cancel asked meanwhile stops here
                if (first) {
                    suggested.add(stored);
                }
            }
            storyTerms.saveTerms(connection, termsById);
            return null;
        });
    }

    private void deleteAll(Database db, List<Source> inserted) {
        db.inTransaction("remove the imported sources", connection -> {
            for (Source source : inserted) {
                sources.delete(connection, source.id());
            }
            return null;
        });
    }

    private static Source toSource(Candidate candidate) {
        ImportedText text = candidate.text();
        Source source = new Source(0, text.title(), "", "", "", FuzzyDate.UNKNOWN,
                candidate.file().toString(), text.contentHash(), text.text(), null, "");
        return source.withMetadata(withDate(described(candidate), candidate.published()));
    }

    /**
     * Field by field, what the folder's sources.json says wins over what a web page's head says;
     * the title falls back to the text's first line. The researcher's own description is the
     * more deliberate one, and the page may still fill what it leaves out.
     */
    private static SourceMetadata described(Candidate candidate) {
        SourceMetadata folder = candidate.metadata() != null ? candidate.metadata()
                : new SourceMetadata("", "", "", "", FuzzyDate.UNKNOWN, null, "");
        PageMetadata page = candidate.text().page();
        return new SourceMetadata(firstGiven(folder.title(), page.title(), candidate.text().title()),
                firstGiven(folder.outlet(), page.outlet()), firstGiven(folder.author(), page.author()),
                firstGiven(folder.url(), page.url()),
                folder.published().isKnown() ? folder.published() : page.published(), folder.grade(), folder.notes());
    }

    private static String firstGiven(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /** {@code published} is the import-wide date, for a file that neither sources.json nor the page dates. */
    private record Candidate(Path file, ImportedText text, SourceMetadata metadata, FuzzyDate published) {

        Candidate(Path file, ImportedText text, SourceMetadata metadata) {
            this(file, text, metadata, FuzzyDate.UNKNOWN);
        }
    }
}
