package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.compare.EventSuggester;
import org.crosscheck.compare.EventSuggestion;
import org.crosscheck.compare.GroupEdits;
import org.crosscheck.compare.GroupKey;
import org.crosscheck.compare.Grouper;
import org.crosscheck.compare.Statement;
import org.crosscheck.compare.TrendWords;
import org.crosscheck.compare.Verdict;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SettingsRepository;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;

/**
 * Groups the project's claims for comparison and keeps the researcher's hand edits of the groups
 * (one JSON document in the project, so they survive re-scans; each change is one undoable edit).
 * Blocking: call from a background thread. Thread-safe.
 */
public final class ComparisonService {

    static final String EDITS_SETTING = "group-edits";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database database;
    private final UndoHistory history;
    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final SettingsRepository settings = new SettingsRepository();
    private final StoryRepository stories = new StoryRepository();

    ComparisonService(Database database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    /** The groups of every claim that is not rejected, with verdicts, and suggested event links. */
    public Comparison compare() {
        List<Statement> statements = statements();
        GroupEdits edits = edits();
        // an event with a count ("A man was killed") is compared in its toll group already
        List<Statement> events = statements.stream().filter(s -> s.claim().kind() != ClaimKind.QUANTITY)
                .filter(s -> GroupKey.of(s).isEmpty()).toList();
        Set<Long> linked = new java.util.HashSet<>();
        edits.events().forEach(event -> linked.addAll(event.claimIds()));
        List<EventSuggestion> suggestions = EventSuggester.suggest(events, Map.of()).stream()
                .filter(s -> !edits.isDismissed(s.claimA(), s.claimB()))
                .filter(s -> !(linked.contains(s.claimA()) && linked.contains(s.claimB())))
                .toList();
        return new Comparison(Grouper.group(statements, edits), suggestions, edits, statements);
    }

    /** Every claim that is not rejected, as the comparison sees it. */
    public List<Statement> statements() {
        return database.inTransaction("load the claims to compare", connection -> {
            Map<Long, Source> byId = new HashMap<>();
            for (Source source : sources.all(connection)) {
                byId.put(source.id(), source);
            }
            Map<Long, Statement.StoryRef> storyOf = new HashMap<>();
            stories.storyOfEachSource(connection).forEach((sourceId, story) ->
                    storyOf.put(sourceId, new Statement.StoryRef(story.id(), story.name())));
            List<Statement> statements = new ArrayList<>();
            for (Claim claim : claims.all(connection)) {
                Source source = byId.get(claim.sourceId());
                if (source == null || claim.status() == ClaimStatus.REJECTED) {
                    continue;
                }
                statements.add(statement(claim, source, storyOf.get(source.id())));
            }
            return statements;
        });
    }

    /** A claim as the comparison sees it; the exports build theirs from a whole-project read the same way. */
    static Statement statement(Claim claim, Source source, Statement.StoryRef story) {
        String text = source.text();
        return new Statement(claim, source.title(), source.outlet(), source.published(), claim.textIn(text),
                TrendWords.around(text, claim.start(), claim.end()), story, fileName(source.importedFrom()));
    }

    /** "report.txt" of "/home/me/news/report.txt": what a researcher calls the file. */
    static String fileName(String importedFrom) {
        if (importedFrom.isBlank()) {
            return "";
        }
        return java.nio.file.Path.of(importedFrom).getFileName().toString();
    }

    public GroupEdits edits() {
        return database.inTransaction("load the group edits", connection ->
                settings.get(connection, EDITS_SETTING).map(ComparisonService::parse).orElse(GroupEdits.NONE));
    }

    public void rename(String groupId, String name) {
        change("Rename group", edits -> edits.rename(groupId, name));
    }

    public void note(String groupId, String note) {
        change("Note on group", edits -> edits.note(groupId, note));
    }

    public void merge(String fromGroupId, String intoGroupId) {
        change("Merge groups", edits -> edits.merge(fromGroupId, intoGroupId));
    }

    public void move(long claimId, String groupId) {
        change("Move statement", edits -> edits.move(claimId, groupId));
    }

    public void exclude(long claimId) {
        change("Leave statement out", edits -> edits.exclude(claimId));
    }

    public void include(long claimId) {
        change("Take statement back", edits -> edits.include(claimId));
    }

    public void linkEvent(String name, Set<Long> claimIds) {
        if (claimIds.size() < 2) {
            throw new IllegalArgumentException("Select at least two statements to link as one event.");
        }
        change("Link as the same event", edits -> edits.linkEvent(name, claimIds));
    }

    /** The researcher says two suggested statements are not the same event. */
    public void dismiss(long claimA, long claimB) {
        change("Dismiss suggestion", edits -> edits.dismiss(claimA, claimB));
    }

    /** Sets the verdict between two claims by hand; a null verdict goes back to the computed one. */
    public void override(long claimA, long claimB, Verdict verdict, String note) {
        change(verdict == null ? "Clear verdict override" : "Override verdict",
                edits -> edits.override(claimA, claimB, verdict, note));
    }

    private void change(String description, UnaryOperator<GroupEdits> how) {
        GroupEdits before = edits();
        GroupEdits after = how.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.perform(new Edits(description, db -> save(db, after), db -> save(db, before)));
    }

    private void save(Database db, GroupEdits edits) {
        db.inTransaction("save the group edits", connection -> {
            settings.put(connection, EDITS_SETTING, write(edits));
            return null;
        });
    }

    static String write(GroupEdits edits) {
        try {
            return JSON.writeValueAsString(edits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the group edits", e);
        }
    }

    static GroupEdits parse(String json) {
        try {
            return JSON.readValue(json, GroupEdits.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The project's group edits are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
