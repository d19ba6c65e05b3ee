package org.crosscheck.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Extractor;
import org.crosscheck.ingest.ImportableFiles;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.store.Database;

/**
 * Imports files into the project. Files that cannot be read are reported and skipped; texts
 * already in the project are recognised by their content hash and not added twice. One import
 * is one undoable edit, read, extracted and saved as a stream (see {@link ImportEdit}). Blocking:
 * call from a background thread.
 */
public final class ImportService {

    private final UndoHistory history;
    private final SuggestionService suggestions;
    private final StoryService stories;

    ImportService(Database database, UndoHistory history, SuggestionService suggestions, StoryService stories) {
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
        // only paths and each folder's sources.json are held for every file; texts are read as the import goes
        List<ArticlePreparation.Input> inputs = new ArrayList<>();
        for (Path file : files) {
            SourceMetadata metadata = described
                    .computeIfAbsent(file.toAbsolutePath().getParent(), folder -> metadataIn(folder, failures))
                    .get(file.getFileName().toString());
            inputs.add(ArticlePreparation.Input.ofFile(file, metadata));
        }
        ImportReport report = store(inputs, published, progress);
        List<ImportReport.Failure> all = new ArrayList<>(failures);
        all.addAll(report.failures());
        return new ImportReport(report.imported(), report.duplicates(), all).withSkipped(skipped);
    }

    /** Fills the project with the sample articles that ship with Crosscheck. */
    public ImportReport importSample(Progress progress) {
        List<ArticlePreparation.Input> inputs = new ArrayList<>();
        for (SampleArticles.Entry entry : SampleArticles.readSample()) {
            inputs.add(new ArticlePreparation.Input(Path.of("sample", entry.file()),
                    SampleArticles.sampleBytes(entry.file()), entry.metadata()));
        }
        return store(inputs, FuzzyDate.UNKNOWN, progress);
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

    /**
     * Reads, extracts and saves the files as one edit (see {@link ImportEdit}); a cancel stops it
     * with nothing saved. An import that adds nothing (every text a duplicate) is no edit.
     */
    private ImportReport store(List<ArticlePreparation.Input> inputs, FuzzyDate published, Progress progress) {
        Extractor extractor = suggestions.extractor(); // here: building it reads the database
        ImportEdit edit = new ImportEdit(stories, inputs,
                known -> new ArticlePreparation(extractor, published, known), progress);
        history.performIf(edit, edit::changedAnything);
        return edit.report();
    }
}
