package org.crosscheck.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.service.Runner;
import org.crosscheck.service.SourceGradeService.GradedRecord;
import org.crosscheck.service.Workbench;

/**
 * The Speakers tab: every speaker and outlet with their track record, one selected. Loads only
 * while shown ({@link LoadWhenShown}); asking for a speaker ({@link #showSpeaker}) selects it once
 * the records are there, and asks the window to show the tab. With nothing asked for, the first
 * speaker is selected. The selected one's Admiralty grade is set here ({@link #setGrade}, undoable).
 */
public final class SpeakersViewModel {

    private final Workbench workbench;
    private final Runner runner;
    private final StatusViewModel status;
    private final ObservableList<TrackRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<TrackRecord> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TrackGrade> selectedGrade = new ReadOnlyObjectWrapper<>();
    private final java.util.Map<TrackRecord, TrackGrade> grades = new java.util.HashMap<>();
    private Runnable afterEdit = () -> { };
    private final ReadOnlyLongWrapper shownRequests = new ReadOnlyLongWrapper();
    private final LoadWhenShown loading = new LoadWhenShown(this::load);
    private String wanted;

    SpeakersViewModel(Workbench workbench, Runner runner, StatusViewModel status) {
        this.workbench = workbench;
        this.runner = runner;
        this.status = status;
        selected.addListener((observable, before, record) -> selectedGrade.set(record == null ? null : grades.get(record)));
    }

    public ObservableList<TrackRecord> records() { return records; }
    public ObjectProperty<TrackRecord> selectedProperty() { return selected; }
    /** Counts the requests to show the tab: the window selects it on each. */
    public ReadOnlyLongProperty shownRequestsProperty() { return shownRequests.getReadOnlyProperty(); }
    /** The grade of the selected speaker or outlet, and where it comes from; null with none selected. */
    public ReadOnlyObjectProperty<TrackGrade> selectedGradeProperty() {
        return selectedGrade.getReadOnlyProperty();
    }

    /** The grade a record shows (its own, else its articles'); null before the records are loaded. */
    public TrackGrade gradeOf(TrackRecord record) {
        return grades.get(record);
    }

    /** Called after every edit made here, so that the window's undo follows. */
    void setAfterEdit(Runnable action) {
        afterEdit = action;
    }

    /**
     * Grades the selected speaker or outlet ("C3"); blank takes its own grade away, so its
     * articles' grades count again. Undoable; a code off the scale is refused with a message.
     */
    public void setGrade(String code) {
        TrackRecord record = selected.get();
        if (record == null) {
            return;
        }
        runner.run(() -> {
            workbench.grades().set(record.kind().party(), record.name(), code);
            return null;
        }, done -> {
            afterEdit.run();
            loading.projectChanged();
        }, error -> status.error(Texts.get("problem.grade"), error));
    }

    public void setVisible(boolean shown) {
        loading.setShown(shown);
    }

    void projectChanged() {
        loading.projectChanged();
    }

    /** Opens the tab at a speaker's (or outlet's) track record. */
    public void showSpeaker(String name) {
        wanted = name;
        selectWanted();
        shownRequests.set(shownRequests.get() + 1);
    }

    private void load() {
        runner.runReading(() -> workbench.grades().graded(workbench.comparison().trackRecords()), loaded -> {
            String keep = selected.get() == null ? null : selected.get().name();
            grades.clear();
            loaded.forEach(graded -> grades.put(graded.record(), graded.grade()));
            records.setAll(loaded.stream().map(GradedRecord::record).toList());
            if (wanted == null) {
                wanted = keep != null ? keep : records.isEmpty() ? null : records.get(0).name();
            }
            selected.set(null); // the records are new: the selected one is found again among them
            selectWanted();
            if (selected.get() == null && !records.isEmpty()) {
                selected.set(records.get(0)); // the one kept is gone: never a pane that says "select"
            }
        }, error -> status.error(Texts.get("problem.speakers"), error));
    }

    private void selectWanted() {
        if (wanted == null || records.isEmpty()) {
            return;
        }
        List<TrackRecord> matching = records.stream().filter(record -> SpeakerNames.samePerson(record.name(), wanted)).toList();
        if (!matching.isEmpty()) {
            selected.set(matching.get(0));
            wanted = null;
        }
    }
}
