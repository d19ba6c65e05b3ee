package org.crosscheck.ui;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.SearchHit;
import org.crosscheck.service.Runner;
import org.crosscheck.service.SearchService;
import org.crosscheck.model.SearchSyntaxException;

/**
 * Ctrl+F: the project's full-text search. The query runs on the runner, never on the JavaFX
 * thread; the hits come back as a list; opening one shows its article with the hit selected, and
 * Ctrl+G / Shift+Ctrl+G step through the hits of the open article.
 */
public final class SearchViewModel {

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SearchHit> reveal = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> searched = new ReadOnlyObjectWrapper<>();
    private final SearchService service;
    private final Runner runner;
    private final StatusViewModel status;
    private final LongConsumer openArticle;
    private long generation;

    SearchViewModel(SearchService service, Runner runner, StatusViewModel status, LongConsumer openArticle) {
        this.service = service;
        this.runner = runner;
        this.status = status;
        this.openArticle = openArticle;
    }

    // Properties
    public StringProperty queryProperty() { return query; }
    public ObservableList<SearchHit> hits() { return hits; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The hit to select in the article, once the article is shown. */
    public ObjectProperty<SearchHit> revealProperty() { return reveal; }
    /** The query of the hits listed (what Ctrl+G steps by); null before the first search. */
    public ReadOnlyObjectProperty<String> searchedProperty() { return searched.getReadOnlyProperty(); }

    // Commands

    /** Opens the index in the background, so that it is ready and every edit from now on updates it. */
    void prepare() {
        try {
            runner.run(() -> {
                service.prepare();
                return null;
            }, ignored -> { }, error -> status.error(Texts.get("problem.search"), error));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // asked for a few seconds after the comparison, and the window closed meanwhile: no index is wanted
        }
    }

    /** Searches the project for the query as typed. */
    public void search() {
        String text = query.get() == null ? "" : query.get().trim();
        long asked = ++generation;
        if (text.isEmpty()) {
            hits.clear();
            summary.set("");
            return;
        }
        summary.set(Texts.get("search.running"));
        runner.run(() -> service.find(text, SearchService.WINDOW_LIMIT), found -> {
            if (asked != generation) {
                return; // a newer search was started meanwhile
            }
            hits.setAll(found);
            searched.set(text);
            summary.set(found.isEmpty() ? Texts.get("search.none", text)
                    : found.size() >= SearchService.WINDOW_LIMIT ? Texts.get("search.first", found.size())
                    : Texts.get("search.count", found.size()));
        }, error -> {
            if (asked == generation) {
                hits.clear();
                summary.set(error instanceof SearchSyntaxException ? error.getMessage()
                        : Texts.get("problem.search") + ": " + Notices.describe(error));
            }
        });
    }

    /** Shows the hit's article with the hit selected. */
    public void open(SearchHit hit) {
        if (hit != null) {
            reveal.set(null); // the same hit again still scrolls to it
            reveal.set(hit);
            openArticle.accept(hit.sourceId());
        }
    }

    /**
     * Selects the next (or previous) hit of the last search in the open article after (before)
     * the selection that starts at {@code from}, going round at the end.
     */
    public void step(long sourceId, int from, boolean forward) {
        String text = searched.get();
        if (text == null) {
            status.info(Texts.get("search.first.ctrlF"));
            return;
        }
        runner.run(() -> service.findIn(sourceId, text), inArticle -> {
            SearchHit next = pick(inArticle, from, forward);
            if (next == null) {
                status.info(Texts.get("search.noneHere", text));
                return;
            }
            status.info(Texts.get("search.hitOf", inArticle.indexOf(next) + 1, inArticle.size(), text));
            reveal.set(null);
            reveal.set(next);
        }, error -> status.error(Texts.get("problem.search"), error));
    }

    static SearchHit pick(List<SearchHit> inArticle, int from, boolean forward) {
        if (inArticle.isEmpty()) {
            return null;
        }
        if (forward) {
            return inArticle.stream().filter(hit -> hit.start() > from).findFirst().orElse(inArticle.get(0));
        }
        SearchHit before = null;
        for (SearchHit hit : inArticle) {
            if (hit.start() < from) {
                before = hit;
            }
        }
        return before != null ? before : inArticle.get(inArticle.size() - 1);
    }
}
