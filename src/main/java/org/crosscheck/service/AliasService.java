package org.crosscheck.service;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.AcronymDefinitions;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Entity;
import org.crosscheck.model.TableEntity;
import org.crosscheck.store.Database;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.SourceRepository;

/**
 * The project's table of entities and their aliases ("ISIS" = "Islamic State"), which the
 * researcher edits; until then the default table that ships with Crosscheck. The table is kept in
 * the typed tables entity and entity_alias ({@link EntityRepository}). Saving a new table re-scans
 * the suggestions with it, in the same undoable step. Blocking; thread-safe.
 */
public final class AliasService {

    private final Database database;
    private final UndoHistory history;
    private final EntityRepository entities = new EntityRepository();
    private final SourceRepository sources = new SourceRepository();
    private final org.crosscheck.store.ClaimRepository claimRows = new org.crosscheck.store.ClaimRepository();
    private final SuggestionService suggestions;

    AliasService(Database database, UndoHistory history, SuggestionService suggestions) {
        this.database = database;
        this.history = history;
        this.suggestions = suggestions;
    }

    /**
     * Gives a project that uses the table shipped with Crosscheck that table as rows of its own, so its
     * claims are linked to their entities from the first opening on (a new project before its first
     * article, an older project once): no undoable edit, as nothing the researcher sees changes. Two
     * people opening a shared project at once may both try; the one who comes second finds the rows
     * there and leaves them. Blocking.
     */
    void adoptShippedTable() {
        List<Entity> shipped = AliasTable.defaults().entities();
        try {
            database.inTransaction("keep the shipped alias table in the project",
                    transaction -> entities.adoptIfNone(transaction, shipped));
        } catch (org.crosscheck.store.StoreException lostTheRace) {
            if (own().isEmpty()) {
                throw lostTheRace;
            }
        }
    }

    /** The table in use: the project's own, or the default one. */
    public AliasTable table() {
        return own().map(AliasTable::of).orElseGet(AliasTable::defaults);
    }

    /** The project's own entities; empty when it uses the default table. */
    private Optional<List<Entity>> own() {
        return database.inTransaction("load the alias table", entities::load);
    }

    /** The project's own entities with their ids; empty when it uses the default table. */
    private Optional<List<TableEntity>> ownRows() {
        return database.inTransaction("load the alias table", entities::loadWithIds);
    }

    /**
     * The table in use as rows for Tags › Entities and aliases…, each with the id of its entity, which
     * {@link #saveRows(List)} gets back with the edited rows: so an entity renamed outright keeps its claims.
     * The shipped table's rows have no ids where the project has no rows of its own (opened read-only).
     */
    public List<TableEntity> rows() {
        return ownRows().orElseGet(() -> TableEntity.unsaved(AliasTable.defaults().entities()));
    }

    /** A name the articles define for themselves that the table does not know, and in how many articles. */
    public record Proposal(Entity entity, int articles) {
    }

    /**
     * Names the project's articles define ("Afghan National Defense and Security Forces (ANDSF)")
     * that the table does not know yet, most used first: for the researcher to confirm. Blocking.
     */
    public List<Proposal> proposals() {
        AliasTable known = table();
        java.util.Map<String, Entity> byAcronym = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> articles = new java.util.HashMap<>();
        for (org.crosscheck.model.Source source : database.inTransaction("load the sources", sources::all)) {
            for (Entity defined : AcronymDefinitions.in(source.text())) {
                String acronym = defined.aliases().get(0);
                if (known.entity(acronym).isEmpty()) {
                    byAcronym.putIfAbsent(acronym, defined);
                    articles.merge(acronym, 1, Integer::sum);
                }
            }
        }
        return byAcronym.entrySet().stream()
                .map(entry -> new Proposal(entry.getValue(), articles.get(entry.getKey())))
                .sorted(java.util.Comparator.comparingInt(Proposal::articles).reversed()
                        .thenComparing(proposal -> proposal.entity().canonical()))
                .toList();
    }

    /**
     * Saves a table whose rows carry no ids (pasted, imported, or made in code), each entity told by its
     * names as {@link #saveRows(List)} tells a new row; one undoable step. Returns claims changed.
     */
    public int save(List<Entity> edited) {
        return saveRows(TableEntity.unsaved(edited));
    }

    /**
     * Saves an edited table and re-scans every article with it; one undoable step. A row that carries
     * the id of an entity of the table (as {@link #rows()} gave it) is that entity, whatever it is named
     * now, and keeps its claims and their groups; a row without one is new, or the entity that shares a
     * name with it. Returns claims changed.
     */
    public int saveRows(List<TableEntity> edited) {
        return saveRows(ownRows(), edited, false);
    }

    /**
     * Saves an edited table as {@link #saveRows(List)} does, only if the table is still {@code seen}, as
     * {@link #rows()} gave it to the editor: it is saved whole, so on a shared project a change someone
     * made meanwhile would be lost.
     *
     * @throws ConflictingEditException if someone else changed it since; nothing is saved, and its
     *                                  {@code overwrite()} saves {@code edited} over theirs
     */
    public int saveRows(List<TableEntity> seen, List<TableEntity> edited) {
        return saveRows(Optional.of(seen), edited, true);
    }

    private int saveRows(Optional<List<TableEntity>> ownBefore, List<TableEntity> edited, boolean asks) {
        AliasTable before = ownBefore.map(rows -> AliasTable.of(TableEntity.entities(rows))).orElseGet(AliasTable::defaults);
        AliasTable after = AliasTable.of(TableEntity.entities(edited));
        suggestions.useAliases(after);
        ClaimChanges rescan;
        try {
            rescan = suggestions.plan("Re-scan with the new aliases",
                    database.inTransaction("load the sources", sources::all), Progress.NONE);
        } catch (RuntimeException e) {
            suggestions.useAliases(before);
            throw e;
        }
        // the links an undo gives back: the words alone would link the claims of an entity merged away anew
        java.util.Map<Long, org.crosscheck.store.EntityLink> linksBefore = database.inTransaction(
                "read the claims' entity links", claimRows::entityLinks);
        // what each step left, as read back: the next step expects to find exactly that
        java.util.List<Optional<List<TableEntity>>> left = new java.util.ArrayList<>(java.util.Arrays.asList(ownBefore, null));
        Runnable overwrite = () -> saveRows(edited);
        try {
            history.perform(new CompositeEdit("Edit aliases", List.of(
                new Edits("Edit aliases", db -> {
                    boolean first = left.get(1) == null;
                    left.set(1, store(db, left.get(0), Optional.of(edited), first ? "saving" : "redoing", null,
                            first && asks ? overwrite : null));
                    suggestions.useAliases(after);
                }, db -> {
                    // a project that used the default table goes back to it
                    left.set(0, store(db, left.get(1), ownBefore, "undoing", linksBefore, null));
                    suggestions.useAliases(before);
                }),
                rescan)));
        } catch (RuntimeException notSaved) {
            suggestions.forgetAliases(); // planned with the new table: read the one the project holds again
            throw notSaved;
        }
        return rescan.size();
    }

    /** How the ids of the rows as they were map to the ids of the rows as saved again, in the order they were. */
    private static java.util.Map<Long, Long> renumbered(Optional<List<TableEntity>> wereBefore,
                                                        Optional<List<TableEntity>> areNow) {
        java.util.Map<Long, Long> renumbered = new java.util.HashMap<>();
        if (wereBefore.isPresent() && areNow.isPresent()) {
            for (int i = 0; i < wereBefore.get().size() && i < areNow.get().size(); i++) {
                renumbered.put(wereBefore.get().get(i).id(), areNow.get().get(i).id());
            }
        }
        return renumbered;
    }

    /**
     * Saves the table over {@code expected}, refusing with who and when if someone else changed it since;
     * then, unless {@code links} is null, gives the claims back those links (an undo), in the same transaction.
     * A refusal is the question whether to {@code overwrite} where that is not null (a first save).
     */
    private Optional<List<TableEntity>> store(Database db, Optional<List<TableEntity>> expected,
                                              Optional<List<TableEntity>> table, String what,
                                              java.util.Map<Long, org.crosscheck.store.EntityLink> links,
                                              Runnable overwrite) {
        try {
            return db.inTransaction("save the alias table", transaction -> {
                Optional<List<TableEntity>> saved = entities.saveIfStill(transaction, expected, table,
                        EditorName.CURRENT.get(), AliasTable.defaults().entities());
                if (links != null) {
                    claimRows.restoreEntityLinks(transaction, links, renumbered(table, saved));
                }
                return saved;
            });
        } catch (org.crosscheck.store.EditConflictException conflict) {
            throw overwrite == null ? ChangedSinceException.of(conflict, what)
                    : ConflictingEditException.of(conflict, overwrite);
        }
    }
}
