package org.crosscheck.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.LaneMode;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelineItems;
import org.crosscheck.model.chart.TimelinePublication;
import org.crosscheck.service.Runner;
import org.crosscheck.service.TimelineData;
import org.crosscheck.service.Workbench;

/**
 * The timeline tab: the items to draw, the lane mode, the filters (tag, kind, group) and which
 * claims to highlight. Loads off the JavaFX thread, only when the tab is looked at after a change.
 * FX thread only.
 */
public final class TimelineViewModel {

    /** "Any" in a filter. */
    public static final String ALL = "";

    private final Workbench workbench;
    private final Runner runner;
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<List<TimelineItem>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<TimelinePublication>> publications = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.SOURCE);
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> kindFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> groupFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> statusFilter = new SimpleObjectProperty<>(ALL);
    private Map<Long, String> statusOfClaim = Map.of();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ObservableList<String> groupNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<Long>> highlighted = new ReadOnlyObjectWrapper<>(Set.of());
    private final LoadWhenShown loading = new LoadWhenShown(this::load);
    private final ReadOnlyObjectWrapper<org.crosscheck.model.ColourSlots> colours =
            new ReadOnlyObjectWrapper<>(org.crosscheck.model.ColourSlots.NONE);

    TimelineViewModel(Workbench workbench, Runner runner, StatusViewModel status) {
        this.workbench = workbench;
        this.runner = runner;
        this.status = status;
    }

    public ReadOnlyObjectProperty<List<TimelineItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<TimelinePublication>> publicationsProperty() {
        return publications.getReadOnlyProperty();
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<String> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<String> groupFilterProperty() {
        return groupFilter;
    }

    /** "suggested" or "confirmed" (rejected claims are never drawn), or {@link #ALL}. */
    public ObjectProperty<String> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<String> tagNames() {
        return tagNames;
    }

    public ObservableList<String> groupNames() {
        return groupNames;
    }

    /** Claims of the comparison group selected in the Comparison tab, drawn highlighted. */
    public ReadOnlyObjectProperty<Set<Long>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Which items pass the filters. */
    public Predicate<TimelineItem> filter() {
        String tag = tagFilter.get();
        String kind = kindFilter.get();
        String group = groupFilter.get();
        String status = statusFilter.get();
        Map<Long, String> statuses = statusOfClaim;
        return item -> (isAny(tag) || item.tags().contains(tag))
                && (isAny(status) || status.equals(statuses.get(item.claimId())))
                && (isAny(kind) || Objects.equals(item.kind(), kind))
                && (isAny(group) || Objects.equals(item.group(), group));
    }

    /** A filter with nothing chosen lets everything through. */
    private static boolean isAny(String choice) {
        return choice == null || ALL.equals(choice);
    }

    void highlightGroup(ComparisonGroup group) {
        highlighted.set(group == null ? Set.of()
                : group.statements().stream().map(statement -> statement.claim().id())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The tab is shown or hidden; a shown tab loads what changed meanwhile. */
    public void setVisible(boolean shown) {
        loading.setShown(shown);
    }

    /** Something in the project changed; reload now if the tab is shown. */
    void projectChanged() {
        loading.projectChanged();
    }

    public void refresh() {
        loading.reload();
    }

    private void load() {
        runner.runReading(() -> new Loaded(workbench.timeline(), workbench.sourceColours().slots()), loaded -> {
            colours.set(loaded.colours());
            show(loaded.data());
        }, error -> status.error(Texts.get("problem.timeline"), error));
    }

    /** What one load reads: the timeline and the colour each source keeps. */
    private record Loaded(TimelineData data, org.crosscheck.model.ColourSlots colours) {
    }

    /** The colour slot each source keeps in the project; set before the items change. */
    public ReadOnlyObjectProperty<org.crosscheck.model.ColourSlots> coloursProperty() {
        return colours.getReadOnlyProperty();
    }

    private void show(TimelineData data) {
        tagNames.setAll(data.tags().stream().map(tag -> tag.name()).sorted().toList());
        groupNames.setAll(data.groups().stream().map(ComparisonGroup::name).sorted().toList());
        publications.set(TimelineItems.publications(data.sources()));
        Map<Long, String> statuses = new HashMap<>();
        data.statements().forEach(s -> statuses.put(s.claim().id(), s.claim().status().key()));
        statusOfClaim = statuses;
        items.set(TimelineItems.items(data.statements(), data.groups(), data.tags()));
    }
}
