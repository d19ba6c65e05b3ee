package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import org.crosscheck.compare.EventSuggester;
import org.crosscheck.compare.GroupKeys;
import org.crosscheck.compare.Grouper;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimContext;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceHeading;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.ClaimContextRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;

/**
 * Groups the project's claims for comparison and keeps the researcher's hand edits of the groups
 * (rows of their own in the project, so they survive re-scans; each change is one undoable edit).
 * Blocking: call from a background thread. Thread-safe.
 */
public final class ComparisonService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ComparisonService.class.getName());


    private final Database database;
    private final UndoHistory history;
    private final SourceRepository sources = new SourceRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final StoryRepository stories = new StoryRepository();
    private final org.crosscheck.store.EntityRepository entities = new org.crosscheck.store.EntityRepository();
    private final org.crosscheck.store.EntityLinkRepository links = new org.crosscheck.store.EntityLinkRepository();
    private final ClaimContextRepository contexts = new ClaimContextRepository();
    private final org.crosscheck.store.CitationChainRepository chains = new org.crosscheck.store.CitationChainRepository();
    private final org.crosscheck.store.SpeakerIdentityRepository identities = new org.crosscheck.store.SpeakerIdentityRepository();
    private final java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor;

    private java.util.function.Supplier<String> editor = EditorName.CURRENT;

    /** Who signs this service's edits from now on (a second person's, in tests of two people at once). */
    ComparisonService signedBy(java.util.function.Supplier<String> who) {
        this.editor = who;
        return this;
    }

    ComparisonService(Database database, UndoHistory history, java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor) {
        this.database = database;
        this.history = history;
        this.extractor = extractor;
    }

    /** The last comparison and the project version it was computed on. */
    private record Computed(long version, Comparison comparison) {
    }

    private volatile Computed last;
    /**
     * The group edits as this person's last save, undo or redo left them: while the project still holds
     * exactly those, nobody else has changed them since, whatever the window had loaded before.
     */
    private volatile GroupEdits savedHere;
    /** How many times the comparison was computed: each click that changes nothing must leave it as it is. */
    private final java.util.concurrent.atomic.AtomicLong computations = new java.util.concurrent.atomic.AtomicLong();
    /** The comparison being computed, and for which version: a second caller waits for it instead of computing it again. */
    private final Object computingLock = new Object();
    private CompletableFuture<Comparison> computing;
    private long computingVersion;
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "crosscheck-compare-ahead");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /**
     * The groups of every claim that is not rejected, with verdicts, and suggested event links.
     * Computed again only when the project changed since the last call: the Comparison and the
     * Timeline tab, the report and the exports all start from it, and at 10,000 articles it takes
     * seconds. A call while the same version is being computed (by {@link #computeAhead}) waits for that.
     */
    public Comparison compare() {
        long version = history.version();
        Computed kept = last;
        if (kept != null && kept.version() == version) {
            return kept.comparison();
        }
        CompletableFuture<Comparison> mine;
        synchronized (computingLock) {
            Computed done = last; // finished since it was looked at above
            if (done != null && done.version() == version) {
                return done.comparison();
            }
            if (computing != null && computingVersion == version) {
                return await(computing);
            }
            mine = new CompletableFuture<>();
            computing = mine;
            computingVersion = version;
        }
        try {
            Comparison fresh = computeComparison(version);
            if (history.version() == version) { // nothing changed while it was computed
                last = new Computed(version, fresh);
            }
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (computingLock) {
                if (computing == mine) {
                    computing = null;
                }
            }
        }
    }

    /**
     * How many times this project's comparison has been computed since it was opened (not the times
     * a kept one was handed out): what tells that a click which changes nothing recomputed nothing.
     */
    public long computations() {
        return computations.get();
    }

    /**
     * Starts computing the comparison on a background thread of low priority, so that the
     * Comparison or Timeline tab shown later finds it ready instead of waiting seconds for it on a
     * large project. Does nothing visible: a failure here is met again, and reported, by the call that needs it.
     *
     * @return done when the comparison is (computed, failed, or not started because the project is closing)
     */
    public CompletableFuture<Void> computeAhead() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            ahead.execute(() -> {
                try {
                    compare();
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.FINE, "comparing ahead failed; the tab that needs it will say why", e);
                } finally {
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException closed) {
            done.complete(null); // the project is closing
        }
        return done;
    }

    /** Stops comparing ahead; the project is closing. */
    void close() {
        ahead.shutdownNow();
    }

    private static Comparison await(CompletableFuture<Comparison> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Comparison computeComparison(long version) {
        computations.incrementAndGet();
        List<Statement> statements = statements();
        StoredGroups stored = StoredGroups.of(statements, edits(), heldBefore());
        GroupEdits edits = stored.applied();
        remember(stored, version);
        // an event with a count ("A man was killed") is compared in its toll group already
        List<Statement> events = statements.stream().filter(s -> s.claim().kind() != ClaimKind.QUANTITY)
                .filter(s -> GroupKeys.of(s).isEmpty()).toList();
        Set<Long> linked = new java.util.HashSet<>();
        edits.events().forEach(event -> linked.addAll(event.claimIds()));
        List<EventSuggestion> suggestions = EventSuggester.suggest(events, Map.of()).stream()
                .filter(s -> !edits.isDismissed(s.claimA(), s.claimB()))
                .filter(s -> !(linked.contains(s.claimA()) && linked.contains(s.claimB())))
                .toList();
        return new Comparison(Grouper.group(statements, edits), suggestions, edits, statements);
    }

    /**
     * Every claim that is not rejected, as the comparison sees it. The articles' texts are not read:
     * what a statement needs of its article was saved with the claim ({@link ClaimContexts}); only
     * claims saved without it (by hand, or before it was kept) have it made now, and kept.
     */
    public List<Statement> statements() {
        List<Statement> asRead = statementsAsRead();
        List<org.crosscheck.model.SpeakerMerge> merges = database.inTransaction("load the merged speakers",
                transaction -> new org.crosscheck.store.SpeakerMergeRepository().all(transaction));
        return SpeakerMerges.apply(asRead, merges);
    }

    /**
     * Every claim that is not rejected, with its chain as its own article tells it: before the
     * researcher's answers about speakers across articles ({@link SpeakerMerges}) are applied.
     */
    List<Statement> statementsAsRead() {
        Read read = database.inTransaction("load the claims to compare", this::read);
        if (!read.unread().isEmpty()) {
            // built outside a transaction, since building it reads the project; and only now, since a
            // project whose chains were all saved at import needs no extractor to be compared
            org.crosscheck.extract.Extractor reader = extractor.get();
            read.chainOf().putAll(database.inTransaction("read the chains of the claims to compare",
                    transaction -> chainsRead(transaction, reader, read)));
        }
        List<Statement> statements = new ArrayList<>(read.compared().size());
        for (Claim claim : read.compared()) {
            SourceHeading source = read.byId().get(claim.sourceId());
            statements.add(statement(claim, source, read.context().get(claim.id()), read.storyOf().get(claim.sourceId()))
                    .withChain(read.chainOf().getOrDefault(claim.id(), CitationChains.ofClaim(claim))
                            .withOutlet(source.outlet()))
                    .withEntities(read.refs().of(claim.id())));
        }
        return statements;
    }

    /** What the comparison reads of the project; {@code unread} are the claims whose chains were never saved. */
    private record Read(Map<Long, SourceHeading> byId, Map<Long, Statement.StoryRef> storyOf, List<Claim> compared,
                        Map<Long, ClaimContext> context, Map<Long, org.crosscheck.model.CitationChain> chainOf,
                        Map<Long, List<Claim>> unread, ClaimEntityRefs refs) {
    }

    private Read read(org.crosscheck.store.Transaction transaction) {
        Map<Long, SourceHeading> byId = new HashMap<>();
        for (SourceHeading source : sources.headings(transaction)) {
            byId.put(source.id(), source);
        }
        Map<Long, Statement.StoryRef> storyOf = new HashMap<>();
        stories.storyOfEachSource(transaction).forEach((sourceId, story) ->
                storyOf.put(sourceId, new Statement.StoryRef(story.id(), story.name())));
        List<Claim> compared = new ArrayList<>();
        for (Claim claim : claims.all(transaction)) {
            if (byId.containsKey(claim.sourceId()) && claim.status() != ClaimStatus.REJECTED) {
                compared.add(claim);
            }
        }
        Map<Long, ClaimContext> context = contexts.all(transaction);
        Map<Long, List<Claim>> lacking = lackingContext(compared, context);
        Map<Long, ClaimContext> made = lacking.isEmpty() ? Map.of()
                : contextsOf(lacking, sources.textsOf(transaction, lacking.keySet()));
        if (!made.isEmpty() && !database.isReadOnly()) {
            contexts.saveAll(transaction, made);
        }
        context.putAll(made);
        Map<Long, org.crosscheck.model.CitationChain> chainOf = chains.all(transaction);
        ClaimEntityRefs refs = entityRefs(transaction);
        return new Read(byId, storyOf, compared, context, chainOf, CitationChains.lacking(compared, chainOf), refs);
    }

    /**
     * The entities each claim refers to: those it is linked to; or, in a project on the shipped table that
     * has no rows of it (opened only to read since before a project took that table as rows, see
     * {@link AliasService#adoptShippedTable}), the shipped table's reading of its words, worked out here
     * and written nowhere, so that it groups as it will once opened for writing.
     */
    private ClaimEntityRefs entityRefs(org.crosscheck.store.Transaction transaction) {
        if (entities.hasOwnTable(transaction)) {
            return new ClaimEntityRefs(claims.entityLinks(transaction), entities.byId(transaction));
        }
        List<org.crosscheck.model.Entity> shipped = org.crosscheck.extract.AliasTable.defaults().entities();
        return ClaimEntityRefs.ofTable(links.asNamedBy(transaction, shipped), shipped);
    }

    /** The chains of the claims {@link Read#unread}, read from their articles' texts, and kept. */
    private Map<Long, org.crosscheck.model.CitationChain> chainsRead(org.crosscheck.store.Transaction transaction,
                                                                    org.crosscheck.extract.Extractor reader, Read read) {
        Map<Long, org.crosscheck.model.CitationChain> chainsRead = CitationChains.read(reader, read.unread(),
                read.compared(), sources.textsOf(transaction, read.unread().keySet()), identities.all(transaction));
        if (!database.isReadOnly()) {
            chains.saveAll(transaction, chainsRead);
        }
        return chainsRead;
    }

    /** The claims that lack a saved context, by the id of their article. */
    private static Map<Long, List<Claim>> lackingContext(List<Claim> compared, Map<Long, ClaimContext> saved) {
        Map<Long, List<Claim>> lackingBySource = new HashMap<>();
        for (Claim claim : compared) {
            if (!saved.containsKey(claim.id())) {
                lackingBySource.computeIfAbsent(claim.sourceId(), id -> new ArrayList<>()).add(claim);
            }
        }
        return lackingBySource;
    }

    /** Makes the contexts of claims from the texts of their articles. */
    private static Map<Long, ClaimContext> contextsOf(Map<Long, List<Claim>> claimsBySource, Map<Long, String> texts) {
        Map<Long, ClaimContext> made = new HashMap<>();
        claimsBySource.forEach((sourceId, lacking) -> {
            String text = texts.get(sourceId);
            if (text != null) {
                made.putAll(ClaimContexts.of(text, lacking));
            }
        });
        return made;
    }

    /** A statement of a claim of {@code source}, its context made from the source's text. */
    static Statement statement(Claim claim, Source source, Statement.StoryRef story) {
        return statement(claim, new SourceHeading(source.id(), source.title(), source.outlet(), source.published(),
                source.importedFrom()), ClaimContexts.of(source.text(), claim), story);
    }

    private static Statement statement(Claim claim, SourceHeading source, ClaimContext context,
                                       Statement.StoryRef story) {
        return new Statement(claim, source.title(), source.outlet(), source.published(), context.quote(),
                context.changing(), story, fileName(source.importedFrom()));
    }

    /** "report.txt" of "/home/me/news/report.txt": what a researcher calls the file. */
    static String fileName(String importedFrom) {
        if (importedFrom.isBlank()) {
            return "";
        }
        return java.nio.file.Path.of(importedFrom).getFileName().toString();
    }

    /** Every speaker's and outlet's track record across the groups (see {@link org.crosscheck.compare.TrackRecords}). */
    public List<TrackRecord> trackRecords() {
        return org.crosscheck.compare.TrackRecords.of(compare().groups());
    }

    /** The group edits as stored, each group under the key it had when last edited (see {@link StoredGroups}). */
    public GroupEdits edits() {
        return database.inTransaction("load the group edits", groupEdits::load);
    }

    private java.util.Map<String, Set<Long>> heldBefore() {
        return database.inTransaction("load the claims of the edited groups", groupEdits::claimsHeld);
    }

    /**
     * Remembers the claims each stored group holds now, so that its edits can follow it when its key
     * changes next. Bookkeeping, not an edit: not in the undo history, and left out when the project is
     * read-only or changed while the comparison was computed (what was read may be gone). A failure is
     * logged and costs only that: the comparison stands.
     */
    private void remember(StoredGroups stored, long version) {
        java.util.Map<String, Set<Long>> changed = stored.heldNowWhereChanged();
        if (changed.isEmpty() || database.isReadOnly() || history.version() != version) {
            return;
        }
        try {
            database.inTransaction("remember the claims of the edited groups", transaction -> {
                groupEdits.rememberClaims(transaction, changed);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "cannot remember the claims of the edited groups", e);
        }
    }

    public void rename(String groupId, String name) {
        rename(groupId, name, null);
    }

    /** As {@link #rename(String, String)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void rename(String groupId, String name, GroupEdits seen) {
        change("Rename group", edits -> edits.rename(groupId, name), seen);
    }

    public void note(String groupId, String note) {
        note(groupId, note, null);
    }

    /** As {@link #note(String, String)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void note(String groupId, String note, GroupEdits seen) {
        change("Note on group", edits -> edits.note(groupId, note), seen);
    }

    public void merge(String fromGroupId, String intoGroupId) {
        merge(fromGroupId, intoGroupId, null);
    }

    /** As {@link #merge(String, String)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void merge(String fromGroupId, String intoGroupId, GroupEdits seen) {
        change("Merge groups", edits -> edits.merge(fromGroupId, intoGroupId), seen);
    }

    public void move(long claimId, String groupId) {
        move(claimId, groupId, null);
    }

    /** As {@link #move(long, String)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void move(long claimId, String groupId, GroupEdits seen) {
        change("Move statement", edits -> edits.move(claimId, groupId), seen);
    }

    public void exclude(long claimId) {
        exclude(claimId, null);
    }

    /** As {@link #exclude(long)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void exclude(long claimId, GroupEdits seen) {
        change("Leave statement out", edits -> edits.exclude(claimId), seen);
    }

    public void include(long claimId) {
        change("Take statement back", edits -> edits.include(claimId));
    }

    public void linkEvent(String name, Set<Long> claimIds) {
        linkEvent(name, claimIds, null);
    }

    /** As {@link #linkEvent(String, Set)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void linkEvent(String name, Set<Long> claimIds, GroupEdits seen) {
        if (claimIds.size() < 2) {
            throw new IllegalArgumentException("Select at least two statements to link as one event.");
        }
        change("Link as the same event", edits -> edits.linkEvent(name, claimIds), seen);
    }

    /** The researcher says two suggested statements are not the same event. */
    public void dismiss(long claimA, long claimB) {
        dismiss(claimA, claimB, null);
    }

    /** As {@link #dismiss(long, long)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void dismiss(long claimA, long claimB, GroupEdits seen) {
        change("Dismiss suggestion", edits -> edits.dismiss(claimA, claimB), seen);
    }

    /** Sets the verdict between two claims by hand; a null verdict goes back to the computed one. */
    public void override(long claimA, long claimB, Verdict verdict, String note) {
        override(claimA, claimB, verdict, note, null);
    }

    /** As {@link #override(long, long, Verdict, String)}, only if the group edits are still {@code seen} (see {@link #change}). */
    public void override(long claimA, long claimB, Verdict verdict, String note, GroupEdits seen) {
        change(verdict == null ? "Clear verdict override" : "Override verdict",
                edits -> edits.override(claimA, claimB, verdict, note), seen);
    }

    /**
     * Applies a change to the edits as they apply now (each stored group under the key it has now, see
     * {@link StoredGroups}), and saves them so: a group whose key changed since it was stored is carried
     * to its new key, keeping its row. Undo puts every row back under the key it had.
     */
    private void change(String description, UnaryOperator<GroupEdits> how) {
        change(description, how, null);
    }

    /**
     * As {@link #change(String, UnaryOperator)}, only if the stored group edits are still {@code seen} (null:
     * whatever they are), as {@link #edits()} read them when the window's comparison was loaded: they are
     * saved whole, so on a shared project a change someone made meanwhile would be lost, or would change
     * what this edit means. Then nothing is saved, and the window asks whether to overwrite.
     *
     * @throws ConflictingEditException if someone else changed them since; its {@code overwrite()} makes the
     *                                  change on the group edits as they are now
     */
    private void change(String description, UnaryOperator<GroupEdits> how, GroupEdits seen) {
        GroupEdits stored = edits();
        StoredGroups groups = StoredGroups.of(compare().statements(), stored, heldBefore());
        GroupEdits before = groups.applied();
        GroupEdits after = how.apply(before);
        if (after.equals(before)) {
            return;
        }
        java.util.Map<String, String> carried = groups.carry().rekeyed();
        java.util.Map<String, String> back = new HashMap<>();
        carried.forEach((old, now) -> back.put(now, old));
        // what each step left, as read back: the next step expects to find exactly that
        // the window's comparison may be older than one's own last edits (a reload takes seconds at 10,000
        // articles): those are no one else's change
        GroupEdits expected = seen == null || stored.equals(savedHere) ? stored : seen;
        GroupEdits[] left = {expected, null};
        history.perform(new Edits(description, db -> {
            boolean first = left[1] == null;
            left[1] = save(db, left[0], after, carried, groups.heldNow(after), first ? "saving" : "redoing",
                    first ? () -> change(description, how, null) : null);
        }, db -> left[0] = save(db, left[1], stored, back, groups.heldNowByStoredKey(), "undoing", null)));
    }

    /**
     * Saves the group edits over {@code expected}, refusing with who and when if someone else changed them
     * since, with the rows of {@code carried} taken to their new keys, and remembers the claims of
     * {@code held} (by key) in the same transaction. A refusal of a first save is the question whether to
     * {@code overwrite}.
     */
    private GroupEdits save(Database db, GroupEdits expected, GroupEdits edits, java.util.Map<String, String> carried,
                            java.util.Map<String, Set<Long>> held, String what, Runnable overwrite) {
        try {
            GroupEdits saved = db.inTransaction("save the group edits", transaction -> {
                GroupEdits written = groupEdits.saveIfStill(transaction, expected, edits, carried, editor.get());
                groupEdits.rememberClaims(transaction, held);
                return written;
            });
            savedHere = saved;
            return saved;
        } catch (org.crosscheck.store.EditConflictException conflict) {
            // a first save asks whether to overwrite (null for an undo or redo, which are refused)
            throw overwrite == null ? ChangedSinceException.of(conflict, what)
                    : ConflictingEditException.of(conflict, overwrite);
        }
    }
}
