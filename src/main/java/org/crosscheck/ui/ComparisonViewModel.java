package org.crosscheck.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.service.Comparison;
import org.crosscheck.service.OriginGrades;
import org.crosscheck.service.Runner;
import org.crosscheck.service.Workbench;

/**
 * The comparison tab: the groups, the selected group's statements and verdicts, and the
 * researcher's edits of the grouping. Loads off the JavaFX thread, and only when the tab is
 * looked at after something changed. FX thread only.
 */
public final class ComparisonViewModel {

    private final Workbench workbench;
    private final Runner runner;
    private final StatusViewModel status;
    private final ObservableList<ComparisonGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<EventSuggestion> eventSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<ComparisonGroup> selectedGroup = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty confirmedOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final Set<Long> markedForLink = new LinkedHashSet<>();
    private final ReadOnlyIntegerWrapper markedCount = new ReadOnlyIntegerWrapper();
    private Comparison comparison;
    /** Glances of groups shown before any comparison arrived (a test or a view may set one directly). */
    private final org.crosscheck.service.Glances orphans = new org.crosscheck.service.Glances();
    /**
     * The group edits as stored when the comparison shown was loaded: a group edit is saved only if they
     * are still so (others may change them on a shared project). Volatile: the edits read it on the worker.
     */
    private volatile org.crosscheck.model.GroupEdits seenEdits;
    private final EditConflicts conflicts;
    private final javafx.beans.property.ReadOnlyBooleanWrapper comparing = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final LoadWhenShown loading = new LoadWhenShown(this::load);
    private final javafx.beans.property.ReadOnlyBooleanWrapper shown = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long claimToShow;
    private org.crosscheck.model.ColourSlots colours = org.crosscheck.model.ColourSlots.NONE;
    private final javafx.beans.property.ReadOnlyObjectWrapper<OriginGrades> originGrades =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(OriginGrades.NONE);

    ComparisonViewModel(Workbench workbench, Runner runner, StatusViewModel status) {
        this.conflicts = new EditConflicts(runner, status);
        this.workbench = workbench;
        this.runner = runner;
        this.status = status;
        confirmedOnly.addListener((observable, before, now) -> {
            if (comparison != null) {
                showGroups(comparison, selectedGroup.get() == null ? null : selectedGroup.get().id());
            }
        });
    }

    /** Whether the groups hold only the statements the researcher confirmed. */
    public javafx.beans.property.BooleanProperty confirmedOnlyProperty() {
        return confirmedOnly;
    }

    public ObservableList<ComparisonGroup> groups() {
        return groups;
    }

    public ObservableList<EventSuggestion> eventSuggestions() {
        return eventSuggestions;
    }

    public ObjectProperty<ComparisonGroup> selectedGroupProperty() {
        return selectedGroup;
    }

    /** How many statements wait to be linked as one event. */
    public ReadOnlyIntegerProperty markedCountProperty() {
        return markedCount.getReadOnlyProperty();
    }

    /** The tab is shown or hidden; a shown tab loads what changed meanwhile. */
    public void setVisible(boolean shown) {
        this.shown.set(shown);
        loading.setShown(shown);
    }

    /** Whether the Comparison tab is in front: a hidden one draws the selected group only when it comes back. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Something in the project changed; reload now if the tab is shown. */
    void projectChanged() {
        loading.projectChanged();
    }

    /** Shows the group of a claim selected elsewhere (the article), if it has one. */
    public void showGroupOf(long claimId) {
        claimToShow = claimId;
        if (comparison != null && !loading.isStale()) {
            comparison.groupOf(claimId).ifPresent(selectedGroup::set);
        }
    }

    /** A shown group at a glance: summarised once for the comparison it came with, not on every draw of its cell. */
    public org.crosscheck.model.GroupAtAGlance glance(ComparisonGroup group) {
        Comparison shown = comparison;
        return shown != null ? shown.glance(group) : orphans.of(group);
    }

    public void refresh() {
        loading.reload();
    }

    /** Whether the comparison is being read: until it arrives, an empty list means nothing yet. */
    public javafx.beans.property.ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    private void load() {
        String keep = selectedGroup.get() == null ? null : selectedGroup.get().id();
        comparing.set(true);
        runner.runReading(() -> {
            org.crosscheck.model.GroupEdits stored = workbench.comparison().edits(); // read first: never newer than what is shown
            return new Loaded(workbench.comparison().compare(), workbench.sourceColours().slots(),
                    workbench.grades().ofOrigins(), stored);
        }, both -> {
            comparing.set(false);
            Comparison loaded = both.comparison();
            colours = both.colours();
            originGrades.set(both.grades()); // before the groups: a group shown anew shows them
            comparison = loaded;
            seenEdits = both.edits();
            eventSuggestions.setAll(loaded.eventSuggestions());
            showGroups(loaded, keep);
        }, error -> {
            comparing.set(false);
            status.error(Texts.get("problem.compare"), error);
        });
    }

    private void showGroups(Comparison loaded, String keep) {
        List<ComparisonGroup> shown = !confirmedOnly.get() ? loaded.groups() : loaded.confirmedOnlyGroups();
        groups.setAll(shown);
        Optional<ComparisonGroup> wanted = claimToShow != 0 ? loaded.groupOf(claimToShow)
                .flatMap(group -> shown.stream().filter(g -> g.id().equals(group.id())).findFirst()) : Optional.empty();
        selectedGroup.set(wanted.or(() -> shown.stream().filter(g -> g.id().equals(keep)).findFirst())
                .orElse(shown.isEmpty() ? null : shown.get(0)));
    }

    /** What one load reads: the comparison, the colour each source keeps and the grades given to speakers and outlets. */
    private record Loaded(Comparison comparison, org.crosscheck.model.ColourSlots colours, OriginGrades grades,
                          org.crosscheck.model.GroupEdits edits) {
    }

    /** The grades the researcher gave speakers and outlets, as of the last load, to show beside them. */
    public OriginGrades originGrades() {
        return originGrades.get();
    }

    /** Changes when a load brings other grades, so that the group shown shows them though it is the same group. */
    public javafx.beans.property.ReadOnlyObjectProperty<OriginGrades> originGradesProperty() {
        return originGrades.getReadOnlyProperty();
    }

    /** The colour slot each source keeps in the project, as of the last load. */
    public org.crosscheck.model.ColourSlots colours() {
        return colours;
    }

    public void rename(ComparisonGroup group, String name) {
        edit(() -> workbench.comparison().rename(group.id(), name, seen()), Texts.get("status.groupRenamed"));
    }

    public void saveNote(ComparisonGroup group, String note) {
        if (!note.equals(group.note())) {
            edit(() -> workbench.comparison().note(group.id(), note, seen()), Texts.get("status.groupNoted"));
        }
    }

    public void merge(ComparisonGroup from, ComparisonGroup into) {
        edit(() -> workbench.comparison().merge(from.id(), into.id(), seen()), Texts.get("status.groupsMerged"));
    }

    public void exclude(Statement statement) {
        edit(() -> workbench.comparison().exclude(statement.claim().id(), seen()), Texts.get("status.statementExcluded"));
    }

    public void move(Statement statement, ComparisonGroup into) {
        edit(() -> workbench.comparison().move(statement.claim().id(), into.id(), seen()), Texts.get("status.statementMoved"));
    }

    public void override(Statement a, Statement b, Verdict verdict, String note) {
        edit(() -> workbench.comparison().override(a.claim().id(), b.claim().id(), verdict, note, seen()),
                Texts.get("status.verdictOverridden"));
    }

    /** Remembers a claim to link with others as one event ("Mark for linking"). */
    public void markForLink(long claimId) {
        markedForLink.add(claimId);
        markedCount.set(markedForLink.size());
        status.info(Texts.get("status.markedForLink", markedForLink.size()));
    }

    public void clearMarks() {
        markedForLink.clear();
        markedCount.set(0);
    }

    public void linkMarked(String name) {
        Set<Long> claims = Set.copyOf(markedForLink);
        edit(() -> workbench.comparison().linkEvent(name, claims, seen()), Texts.get("status.eventLinked", claims.size()));
        clearMarks();
    }

    public void accept(EventSuggestion suggestion, String name) {
        edit(() -> workbench.comparison().linkEvent(name, Set.of(suggestion.claimA(), suggestion.claimB()), seen()),
                Texts.get("status.eventLinked", 2));
    }

    public void dismiss(EventSuggestion suggestion) {
        edit(() -> workbench.comparison().dismiss(suggestion.claimA(), suggestion.claimB(), seen()),
                Texts.get("status.suggestionDismissed"));
    }

    /** The words of a claim in the loaded comparison, for showing a suggested link. */
    public String statementText(long claimId) {
        return comparison == null ? "" : comparison.statement(claimId).map(Statement::quote).orElse("");
    }

    List<ComparisonGroup> otherGroups(ComparisonGroup group) {
        return groups.stream().filter(other -> !other.id().equals(group.id())).toList();
    }

    /** The group edits the shown comparison was made from; null before one is shown (then nothing is checked). */
    private org.crosscheck.model.GroupEdits seen() {
        return seenEdits;
    }

    private void edit(ThrowingAction action, String done) {
        runner.run(() -> {
            action.run();
            return Boolean.TRUE;
        }, ok -> {
            status.info(done);
            projectChanged();
            afterEdit.accept(null);
        }, error -> conflicts.handle(error, Texts.get("problem.compare"), () -> {
            projectChanged();
            afterEdit.accept(null);
        }));
    }

    /** How the window asks, when a group edit met someone else's change, whether to take theirs or overwrite. */
    void setConflictQuestion(java.util.function.Function<org.crosscheck.service.ConflictingEditException, ConflictChoice> question) {
        conflicts.setQuestion(question);
    }

    private Consumer<Void> afterEdit = ignored -> { };

    /** Called after each edit here, so the window can refresh its undo menu. */
    void setAfterEdit(Consumer<Void> action) {
        afterEdit = action;
    }

    /** Work that may fail, for the worker thread. */
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
