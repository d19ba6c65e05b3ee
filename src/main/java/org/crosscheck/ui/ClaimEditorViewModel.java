package org.crosscheck.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;

/**
 * The fields of the claim editor. {@link #load} fills them from a claim; {@link #edited} turns
 * them back into a claim. FX thread only.
 */
public final class ClaimEditorViewModel {

    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObjectProperty<ClaimKind> kind = new SimpleObjectProperty<>(ClaimKind.OTHER);
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>(ClaimStatus.CONFIRMED);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty outlet = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty timeWords = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> timeDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Precision> timePrecision = new SimpleObjectProperty<>(Precision.DAY);
    private final StringProperty low = new SimpleStringProperty("");
    private final StringProperty high = new SimpleStringProperty("");
    private final StringProperty qualifier = new SimpleStringProperty("");
    private final StringProperty counted = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableSet<Long> tagIds = FXCollections.observableSet();
    private Claim loaded;
    private boolean loading;

    /** True while a claim is loaded; the view disables the fields otherwise. */
    public BooleanProperty editingProperty() { return editing; }
    public ObjectProperty<ClaimKind> kindProperty() { return kind; }
    public ObjectProperty<ClaimStatus> statusProperty() { return status; }
    /** The entity the claim is about ("Islamic State"): half of what groups it with others. */
    public StringProperty subjectProperty() { return subject; }
    public StringProperty speakerProperty() { return speaker; }
    public StringProperty outletProperty() { return outlet; }
    public StringProperty placeProperty() { return place; }
    public StringProperty timeWordsProperty() { return timeWords; }
    public ObjectProperty<LocalDate> timeDateProperty() { return timeDate; }
    public ObjectProperty<Precision> timePrecisionProperty() { return timePrecision; }
    public StringProperty lowProperty() { return low; }
    public StringProperty highProperty() { return high; }
    public StringProperty qualifierProperty() { return qualifier; }
    public StringProperty countedProperty() { return counted; }
    /** What is said of what is counted ("killed", "injured"): a toll groups by its story and its role. */
    public StringProperty roleProperty() { return role; }
    public StringProperty noteProperty() { return note; }
    public ObservableSet<Long> tagIds() { return tagIds; }

    public Claim loaded() {
        return loaded;
    }

    /** Fills the fields from a claim, or clears them for none. */
    public void load(Claim claim) {
        loading = true;
        try {
            fill(claim);
        } finally {
            loading = false;
        }
    }

    /** True while {@link #load} sets the fields, so views do not mistake that for the researcher's edits. */
    public boolean isLoading() {
        return loading;
    }

    private void fill(Claim claim) {
        loaded = claim;
        editing.set(claim != null);
        Claim shown = claim != null ? claim : Claim.manual(0, 0, 1, ClaimKind.OTHER);
        kind.set(shown.kind());
        status.set(shown.status());
        subject.set(shown.subject());
        speaker.set(shown.speaker());
        outlet.set(shown.outlet());
        place.set(shown.place());
        timeWords.set(shown.refersTo().words());
        FuzzyDate date = shown.refersTo().date();
        timeDate.set(date.date());
        timePrecision.set(date.isKnown() ? date.precision() : Precision.DAY);
        Quantity quantity = shown.quantity();
        low.set(NumberText.format(quantity.low()));
        high.set(NumberText.format(quantity.high()));
        qualifier.set(quantity.qualifier());
        counted.set(quantity.counted());
        role.set(quantity.role());
        note.set(shown.note());
        tagIds.clear();
        tagIds.addAll(shown.tagIds());
    }

    /**
     * The loaded claim with the fields as they are now.
     *
     * @throws IllegalArgumentException if a figure is not a number, or low is above high
     */
    public Claim edited() {
        if (loaded == null) {
            throw new IllegalStateException("no claim is being edited");
        }
        Double lowValue = NumberText.parse(low.get(), "Low");
        Double highValue = NumberText.parse(high.get(), "High");
        if (lowValue != null && highValue != null && lowValue > highValue) {
            throw new IllegalArgumentException("Low (" + low.get().strip() + ") is above high (" + high.get().strip() + ").");
        }
        // The normalised counted noun follows the counted one when saved (see SuggestionService.asExtractorReads).
        Quantity quantity = new Quantity(lowValue, highValue, qualifier.get(), counted.get(),
                loaded.quantity().normalized(), role.get().strip().toLowerCase(java.util.Locale.ROOT));
        TimeReference refersTo = new TimeReference(timeWords.get(),
                FuzzyDate.of(timeDate.get(), timeDate.get() == null ? Precision.UNKNOWN : timePrecision.get()));
        return new Claim(loaded.id(), loaded.sourceId(), loaded.start(), loaded.end(), kind.get(), status.get(),
                loaded.origin(), subject.get(), speaker.get(), outlet.get(), place.get(), refersTo, quantity,
                new HashSet<>(tagIds), note.get());
    }

    /** Accepts the edit as saved: later comparisons start from it. */
    void accept(Claim saved) {
        loaded = saved;
    }

    public Set<Long> loadedTagIds() {
        return loaded == null ? Set.of() : loaded.tagIds();
    }
}
