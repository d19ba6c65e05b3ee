package org.crosscheck.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Story;
import org.crosscheck.service.StoryService;

/**
 * The library list: every source of the project, filtered as the researcher types, either in the
 * project's order or story by story (largest story first). FX thread only.
 */
public final class LibraryViewModel {

    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final FilteredList<SourceSummary> filtered = new FilteredList<>(sources);
    private final SortedList<SourceSummary> visible = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty byStory = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<java.time.LocalDate> from = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<java.time.LocalDate> to = new javafx.beans.property.SimpleObjectProperty<>();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private Map<Long, Story> storyOfSource = Map.of();
    private Map<Long, Integer> storyRank = Map.of();
    private Map<Long, Integer> storySize = Map.of();
    private final javafx.beans.property.ReadOnlyStringWrapper emptyMessage =
            new javafx.beans.property.ReadOnlyStringWrapper(Texts.get("library.empty"));
    private boolean updating;

    public LibraryViewModel() {
        search.addListener((observable, before, now) -> refilter());
        from.addListener((observable, before, now) -> refilter());
        to.addListener((observable, before, now) -> refilter());
        sources.addListener((javafx.collections.ListChangeListener<SourceSummary>) change -> sayWhyEmpty());
        byStory.addListener((observable, before, now) -> resort());
    }

    /** The search text; every word must begin a word of the title, outlet, date, grade or story. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The first day of the publication dates listed; null for no lower bound. */
    public javafx.beans.property.ObjectProperty<java.time.LocalDate> fromProperty() {
        return from;
    }

    /** The last day of the publication dates listed; null for no upper bound. */
    public javafx.beans.property.ObjectProperty<java.time.LocalDate> toProperty() {
        return to;
    }

    /** Whether the library shows articles story by story. */
    public BooleanProperty byStoryProperty() {
        return byStory;
    }

    /**
     * What an empty list says: how to import when the project has no sources, and that none matches
     * when the search hides them all.
     */
    public javafx.beans.property.ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    private void sayWhyEmpty() {
        String words = search.get() == null ? "" : search.get().strip();
        emptyMessage.set(sources.isEmpty() ? Texts.get("library.empty")
                : words.isEmpty() ? Texts.get("library.noMatchFilters") : Texts.get("library.noMatch", words));
    }

    public ObservableList<SourceSummary> visibleSources() {
        return visible;
    }

    /** The project's stories that have articles, largest first. */
    public ObservableList<Story> stories() {
        return stories;
    }

    /** The story an article is in, or null. */
    public Story storyOf(long sourceId) {
        return storyOfSource.get(sourceId);
    }

    /** How many articles a story has. */
    public int sizeOf(Story story) {
        return storySize.getOrDefault(story.id(), 0);
    }

    void setSources(List<SourceSummary> summaries, List<StoryService.StoryEntry> entries) {
        Map<Long, Story> bySource = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, Integer> size = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            StoryService.StoryEntry entry = entries.get(i);
            rank.put(entry.story().id(), i);
            size.put(entry.story().id(), entry.sourceIds().size());
            entry.sourceIds().forEach(id -> bySource.put(id, entry.story()));
        }
        updating = true;
        try {
            storyOfSource = bySource;
            storyRank = rank;
            storySize = size;
            stories.setAll(entries.stream().map(StoryService.StoryEntry::story).toList());
            sources.setAll(summaries);
            refilter();
            resort();
        } finally {
            updating = false;
        }
    }

    /**
     * True while the list is being replaced: the list's selection moves with its rows then, and a
     * view must not take that for the researcher choosing an article.
     */
    public boolean isUpdating() {
        return updating;
    }

    private void refilter() {
        sayWhyEmpty();
        Predicate<SourceSummary> matching = matching(search.get()).and(published(from.get(), to.get()));
        filtered.setPredicate(source -> {
            Story story = storyOfSource.get(source.id());
            return matching.test(story == null ? source : new SourceSummary(source.id(),
                    source.title() + " " + story.name(), source.outlet(), source.published(), source.grade(),
                    source.claimCount()));
        });
    }

    private void resort() {
        if (!byStory.get()) {
            visible.setComparator(null);
            return;
        }
        Map<Long, Story> stories = storyOfSource;
        Map<Long, Integer> rank = storyRank;
        visible.setComparator(Comparator
                .comparingInt((SourceSummary source) -> {
                    Story story = stories.get(source.id());
                    return story == null ? Integer.MAX_VALUE : rank.get(story.id());
                })
                .thenComparing(source -> source.published().isKnown() ? source.published().date() : java.time.LocalDate.MAX)
                .thenComparingLong(SourceSummary::id));
    }

    static Predicate<SourceSummary> matching(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return source -> true;
        }
        return source -> {
            String haystack = (source.title() + " " + source.outlet() + " " + source.published().display() + " "
                    + Grade.codeOf(source.grade())).toLowerCase(Locale.ROOT);
            return Arrays.stream(words).allMatch(word -> startsAWord(haystack, word));
        };
    }

    /**
     * Articles published within a range of days: one whose date is only a month or a year is in
     * when that period meets the range; one without a date is out as soon as a bound is set.
     */
    static Predicate<SourceSummary> published(java.time.LocalDate first, java.time.LocalDate last) {
        if (first == null && last == null) {
            return source -> true;
        }
        return source -> source.published().isKnown()
                && (first == null || !source.published().end().isBefore(first))
                && (last == null || !source.published().date().isAfter(last));
    }

    /** "RT" finds the outlet RT, not every title with "report" or "court" in it. */
    private static boolean startsAWord(String haystack, String word) {
        for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
