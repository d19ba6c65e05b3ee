package org.crosscheck.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceSummary;

/** The library list: every source of the project, filtered as the researcher types. FX thread only. */
public final class LibraryViewModel {

    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final FilteredList<SourceSummary> visible = new FilteredList<>(sources);
    private final StringProperty search = new SimpleStringProperty("");

    public LibraryViewModel() {
        search.addListener((observable, before, now) -> visible.setPredicate(matching(now)));
    }

    /** The search text; every word must begin a word of the title, outlet, date or grade. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<SourceSummary> visibleSources() {
        return visible;
    }

    void setSources(List<SourceSummary> summaries) {
        sources.setAll(summaries);
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
