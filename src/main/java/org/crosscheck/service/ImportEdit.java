package org.crosscheck.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimContext;
import org.crosscheck.model.Source;
import org.crosscheck.store.CitationChainRepository;
import org.crosscheck.store.ClaimContextRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;
import org.crosscheck.store.Work;

/**
 * One import as one undoable edit. The first time it is applied, the files are read and their
 * claims found on every core (see {@link ArticlePreparation}), a bounded window ahead of the
 * saving, and saved batch by batch as they come, all in one transaction: a cancel or a failure
 * anywhere rolls the whole import back, and a process killed meanwhile leaves a project without
 * any of it (H2 rolls back what was not committed when it reopens). Only what redo needs is
 * kept — the saved sources and claims, without the extractor's working data — so an import's
 * memory is a batch's working set plus the imported rows themselves.
 *
 * <p>Not thread-safe: applied and reverted by {@link UndoHistory}, one at a time.
 */
final class ImportEdit implements Edit {

    /** Articles saved together; also how far the reading and extraction may run ahead of the saving. */
    static final int SOURCES_PER_BATCH = 200;

    /** Claims sent to the database at once; also how often saving a large article reports progress. */
    private static final int CLAIMS_PER_BATCH = 1_000;

    /** What was saved of one article, ids and all, so redo gives back exactly the same rows. */
    private record Saved(Source source, List<Claim> claims, String terms) {
    }

    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final StoryRepository storyTerms = new StoryRepository();
    private final ClaimContextRepository contexts = new ClaimContextRepository();
    private final CitationChainRepository chains = new CitationChainRepository();
    private final StoryService stories;
    private final List<ArticlePreparation.Input> inputs;
    private final Function<Set<String>, ArticlePreparation> preparation;
    private final Progress progress;
    private final List<Saved> saved = new ArrayList<>();
    private final List<Path> imported = new ArrayList<>();
    private final List<Path> duplicates = new ArrayList<>();
    private final List<ImportReport.Failure> failures = new ArrayList<>();
    private boolean applied;

    /**
     * @param preparation makes the preparation of the files given the content hashes already in
     *                    the project (a concurrent set the import adds to as it goes)
     */
    ImportEdit(StoryService stories, List<ArticlePreparation.Input> inputs,
               Function<Set<String>, ArticlePreparation> preparation, Progress progress) {
        this.stories = stories;
        this.inputs = inputs;
        this.preparation = preparation;
        this.progress = progress;
    }

    @Override
    public String description() {
        return "Import " + saved.size() + (saved.size() == 1 ? " file" : " files");
    }

    /** Whether the import added any article; an import of duplicates only is no edit at all. */
    boolean changedAnything() {
        return !saved.isEmpty();
    }

    ImportReport report() {
        return new ImportReport(imported, duplicates, failures);
    }

    @Override
    public void apply(Database database) {
        if (!applied) {
            database.inTransaction("save the imported sources", firstTime());
            applied = true;
        } else {
            database.inTransaction("save the imported sources again", again());
        }
        if (!saved.isEmpty()) {
            stories.recluster(); // derived, so not undone: undo leaves the others' stories as they are
        }
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("remove the imported sources", transaction -> {
            for (Saved article : saved) {
                sources.delete(transaction, article.source().id());
            }
            return null;
        });
    }

    /**
     * Reads, extracts and saves the files in order. Duplicates are decided here, in the files'
     * order, so the first of two equal texts is the one imported, as with one thread.
     */
    private Work<Void> firstTime() {
        return transaction -> {
            Set<String> known = ConcurrentHashMap.newKeySet();
            known.addAll(sources.contentHashesForImport(transaction));
            List<PreparedArticle> batch = new ArrayList<>();
            int total = inputs.size();
            int taken = 0;
            try (OrderedWork<ArticlePreparation.Input, PreparedArticle> prepared = new OrderedWork<>(inputs,
                    preparation.apply(known)::prepare, OrderedWork.availableThreads(), SOURCES_PER_BATCH)) {
                while (prepared.hasNext()) {
                    int reading = taken;
                    String name = "Reading " + inputs.get(taken).file().getFileName();
                    PreparedArticle article = prepared.next(() -> progress.update(reading, total, name));
                    progress.update(taken, total, "Reading " + article.file().getFileName());
                    taken++;
                    if (article.isFailure()) {
                        failures.add(new ImportReport.Failure(article.file(), article.failure()));
                    } else if (article.isAlreadyInProject() || !known.add(article.source().contentHash())) {
                        duplicates.add(article.file());
                    } else {
                        batch.add(article);
                        if (batch.size() == SOURCES_PER_BATCH) {
                            saveBatch(batch, taken - batch.size(), total).run(transaction);
                            batch.clear();
                        }
                    }
                }
            }
            saveBatch(batch, total - batch.size(), total).run(transaction);
            return null;
        };
    }

    /** Saves prepared articles; {@code done} of {@code total} files were through before them. */
    private Work<Void> saveBatch(List<PreparedArticle> batch, int done, int total) {
        return transaction -> {
            Map<Long, String> termsById = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                PreparedArticle article = batch.get(i);
                Source source = sources.insert(transaction, article.source());
                progress.update(done + i, total, "Saving " + source.title());
                List<Claim> stored = insertClaims(source, article.extraction().suggestions(source.id()), done + i, total)
                        .run(transaction);
                Map<Long, ClaimContext> byClaim = new HashMap<>();
                Map<Long, CitationChain> chainOf = new HashMap<>();
                for (int k = 0; k < stored.size(); k++) {
                    byClaim.put(stored.get(k).id(), article.contexts().get(k));
                    chainOf.put(stored.get(k).id(), article.chains().get(k));
                }
                contexts.saveAll(transaction, byClaim);
                chains.saveAll(transaction, chainOf);
                termsById.put(source.id(), article.terms());
                saved.add(new Saved(source, stored, article.terms()));
                imported.add(article.file());
                progress.update(done + i + 1, total, "Saved " + source.title()); // a cancel asked meanwhile stops here
            }
            storyTerms.saveTerms(transaction, termsById);
            return null;
        };
    }

    /** Redo: the same sources and claims with the same ids, a batch of sources at a time. */
    private Work<Void> again() {
        return transaction -> {
            Map<Long, String> termsById = new HashMap<>();
            for (Saved article : saved) {
                sources.insert(transaction, article.source());
                List<Claim> stored = insertClaims(article.source(), article.claims(), 0, 0).run(transaction);
                contexts.saveAll(transaction, ClaimContexts.of(article.source().text(), stored));
                termsById.put(article.source().id(), article.terms());
                if (termsById.size() == SOURCES_PER_BATCH) {
                    storyTerms.saveTerms(transaction, termsById);
                    termsById.clear();
                }
            }
            storyTerms.saveTerms(transaction, termsById);
            return null;
        };
    }

    /**
     * Inserts an article's claims a thousand at a time. The first time, progress is reported
     * between the thousands, so a large article's claims can be stopped while they are saved.
     */
    private Work<List<Claim>> insertClaims(Source source, List<Claim> toInsert, int done, int total) {
        return transaction -> {
            List<Claim> stored = new ArrayList<>();
            for (int from = 0; from < toInsert.size(); from += CLAIMS_PER_BATCH) {
                int to = Math.min(toInsert.size(), from + CLAIMS_PER_BATCH);
                stored.addAll(claims.insertAllOfNewArticle(transaction, toInsert.subList(from, to))); // its source was inserted just before
                if (!applied && to < toInsert.size()) {
                    progress.update(done, total, "Saving " + source.title() + ": " + stored.size() + " of "
                            + toInsert.size() + " claims");
                }
            }
            return stored;
        };
    }
}
