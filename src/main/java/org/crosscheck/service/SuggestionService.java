package org.crosscheck.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;

/**
 * Suggests claims in the project's articles with the extractor, and re-scans them without
 * overriding the researcher (see {@link SuggestionMerge}). Blocking: call from a background
 * thread. Thread-safe: the extractor is immutable and swapped whole when the aliases change.
 */
public final class SuggestionService {

    private final Database database;
    private final UndoHistory history;
    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final Supplier<AliasTable> projectAliases;
    private volatile Extractor extractor;

    /** {@code projectAliases} is asked once, on first use, so opening a project stays quick. */
    SuggestionService(Database database, UndoHistory history, Supplier<AliasTable> projectAliases) {
        this.database = database;
        this.history = history;
        this.projectAliases = projectAliases;
    }

    void useAliases(AliasTable aliases) {
        extractor = Extractor.withDefaults().withAliases(aliases);
    }

    /** Someone else changed the project's aliases: the extractor is built again from them when next used. */
    synchronized void forgetAliases() {
        extractor = null;
    }

    /** What the extractor reads in a text published on the given day (null when unknown). */
    public Extraction read(String text, LocalDate published) {
        return extractor().extract(text, published);
    }

    /**
     * The extractor, built on first use from the project's aliases. An import asks for it before
     * its transaction, since building it reads the database, which the import's workers may not.
     */
    Extractor extractor() {
        Extractor current = extractor;
        if (current == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = Extractor.withDefaults().withAliases(projectAliases.get());
                }
                current = extractor;
            }
        }
        return current;
    }

    /**
     * A claim the researcher edited, read as the extractor reads what it finds, so a hand-made claim
     * groups with suggested ones: a changed counted noun is normalised ("militants" → "fighters") and
     * a changed subject takes its canonical name ("ISIS" → "Islamic State").
     */
    public Claim asExtractorReads(Claim edited, Claim before) {
        Extractor reader = extractor();
        String subject = edited.subject().equals(before.subject()) ? edited.subject()
                : reader.canonicalEntity(edited.subject());
        Quantity quantity = edited.quantity();
        if (!quantity.counted().equals(before.quantity().counted())) {
            quantity = new Quantity(quantity.low(), quantity.high(), quantity.qualifier(), quantity.counted(),
                    reader.normaliseCounted(quantity.counted()), quantity.role());
        }
        return new Claim(edited.id(), edited.sourceId(), edited.start(), edited.end(), edited.kind(), edited.status(),
                edited.origin(), subject, edited.speaker(), edited.outlet(), edited.place(), edited.refersTo(),
                quantity, edited.tagIds(), edited.note());
    }

    /** The suggestions for one stored source, with its id, not yet saved. */
    List<Claim> suggestionsFor(Source source) {
        return read(source.text(), source.published().isKnown() ? source.published().date() : null)
                .suggestions(source.id());
    }

    /**
     * Re-scans every article as one undoable step; claims made or judged by the researcher are
     * kept, and rejected suggestions stay rejected. Returns how many claims changed.
     */
    public int rescanAll(Progress progress) {
        List<Source> all = database.inTransaction("load the sources", sources::all);
        ClaimChanges changes = plan("Re-scan " + all.size() + " articles", all, progress);
        if (!changes.isEmpty()) {
            history.perform(changes);
        }
        return changes.size();
    }

    /**
     * Re-scans one article as one undoable step, keeping what the researcher made or judged, as
     * {@link #rescanAll} does. Returns how many claims changed.
     */
    public int rescan(long sourceId, Progress progress) {
        Source source = database.inTransaction("load source " + sourceId, transaction -> sources.find(transaction, sourceId))
                .orElseThrow(() -> new IllegalArgumentException("The source no longer exists."));
        ClaimChanges changes = plan("Re-scan " + source.title(), List.of(source), progress);
        if (!changes.isEmpty()) {
            history.perform(changes);
        }
        return changes.size();
    }

    /** The re-scan of some sources as an edit, not yet performed (for composite edits). */
    ClaimChanges plan(String description, List<Source> toScan, Progress progress) {
        List<Claim> existing = new ArrayList<>();
        List<Claim> fresh = new ArrayList<>();
        for (int i = 0; i < toScan.size(); i++) {
            Source source = toScan.get(i);
            progress.update(i, toScan.size(), "Reading " + source.title());
            existing.addAll(database.inTransaction("load claims", transaction -> claims.ofSource(transaction, source.id())));
            fresh.addAll(suggestionsFor(source));
        }
        progress.update(toScan.size(), toScan.size(), "Saving suggestions");
        return SuggestionMerge.plan(description, existing, fresh);
    }
}
