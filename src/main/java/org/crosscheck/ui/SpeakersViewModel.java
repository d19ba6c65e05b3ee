package org.crosscheck.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.compare.TrackRecords.TrackRecord;
import org.crosscheck.extract.SpeakerNames;
import org.crosscheck.service.Runner;
import org.crosscheck.service.Workbench;

/**
 * The Speakers tab: every speaker and outlet with their track record, one selected. Loads only
 * while shown ({@link LoadWhenShown}); asking for a speaker ({@link #showSpeaker}) selects it once
 * the records are there, and asks the window to show the tab.
 */
public final class SpeakersViewModel {

    private final Workbench workbench;
    private final Runner runner;
    private final StatusViewModel status;
    private final ObservableList<TrackRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<TrackRecord> selected = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper shownRequests = new ReadOnlyLongWrapper();
    private final LoadWhenShown loading = new LoadWhenShown(this::load);
    private String wanted;

    SpeakersViewModel(Workbench workbench, Runner runner, StatusViewModel status) {
        this.workbench = workbench;
        this.runner = runner;
        this.status = status;
    }

    public ObservableList<TrackRecord> records() { return records; }
    public ObjectProperty<TrackRecord> selectedProperty() { return selected; }
    /** Counts the requests to show the tab: the window selects it on each. */
    public ReadOnlyLongProperty shownRequestsProperty() { return shownRequests.getReadOnlyProperty(); }

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
        runner.runReading(() -> workbench.comparison().trackRecords(), loaded -> {
            String keep = selected.get() == null ? null : selected.get().name();
            records.setAll(loaded);
            if (wanted == null && keep != null) {
                wanted = keep;
            }
            selectWanted();
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
