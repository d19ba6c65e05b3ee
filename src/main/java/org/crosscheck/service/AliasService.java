package org.crosscheck.service;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.AcronymDefinitions;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Entity;
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
    private final SuggestionService suggestions;

    AliasService(Database database, UndoHistory history, SuggestionService suggestions) {
        this.database = database;
        this.history = history;
        this.suggestions = suggestions;
    }

    /** The table in use: the project's own, or the default one. */
    public AliasTable table() {
        return own().map(AliasTable::of).orElseGet(AliasTable::defaults);
    }

    /** The project's own entities; empty when it uses the default table. */
    private Optional<List<Entity>> own() {
        return database.inTransaction("load the alias table", entities::load);
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

    /** Saves an edited table and re-scans every article with it; one undoable step. Returns claims changed. */
    public int save(List<Entity> edited) {
        Optional<List<Entity>> ownBefore = own();
        AliasTable before = ownBefore.map(AliasTable::of).orElseGet(AliasTable::defaults);
        AliasTable after = AliasTable.of(edited);
        suggestions.useAliases(after);
        ClaimChanges rescan;
        try {
            rescan = suggestions.plan("Re-scan with the new aliases",
                    database.inTransaction("load the sources", sources::all), Progress.NONE);
        } catch (RuntimeException e) {
            suggestions.useAliases(before);
            throw e;
        }
        // what each step left, as read back: the next step expects to find exactly that
        java.util.List<Optional<List<Entity>>> left = new java.util.ArrayList<>(java.util.Arrays.asList(ownBefore, null));
        history.perform(new CompositeEdit("Edit aliases", List.of(
                new Edits("Edit aliases", db -> {
                    left.set(1, store(db, left.get(0), Optional.of(after.entities()),
                            left.get(1) == null ? "saving" : "redoing"));
                    suggestions.useAliases(after);
                }, db -> {
                    // a project that used the default table goes back to it
                    left.set(0, store(db, left.get(1), ownBefore, "undoing"));
                    suggestions.useAliases(before);
                }),
                rescan)));
        return rescan.size();
    }

    /** Saves the table over {@code expected}, refusing with who and when if someone else changed it since. */
    private Optional<List<Entity>> store(Database db, Optional<List<Entity>> expected, Optional<List<Entity>> table,
                                         String what) {
        try {
            return db.inTransaction("save the alias table",
                    transaction -> entities.saveIfStill(transaction, expected, table, EditorName.CURRENT.get(),
                            AliasTable.defaults().entities()));
        } catch (org.crosscheck.store.EditConflictException conflict) {
            throw ChangedSinceException.of(conflict, what);
        }
    }
}
