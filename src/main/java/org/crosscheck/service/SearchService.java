package org.crosscheck.service;

import java.util.List;
import org.crosscheck.model.SearchHit;
import org.crosscheck.store.Database;

/**
 * Full-text search of the project (Ctrl+F, the {@code search} command): article words and claim
 * fields, in the Lucene query syntax. Blocking: call from a background thread. Thread-safe.
 */
public final class SearchService {

    /** How many hits the window lists at most. */
    public static final int WINDOW_LIMIT = 100;

    private final Database database;

    SearchService(Database database) {
        this.database = database;
    }

    /** Opens the index now (rebuilding it if it is missing or stale), so that every edit from now on updates it. */
    public void prepare() {
        database.search().prepare();
    }

    /**
     * The first {@code limit} hits.
     *
     * @throws org.crosscheck.model.SearchSyntaxException when the query cannot be read
     */
    public List<SearchHit> find(String query, int limit) {
        return database.search().find(query, limit);
    }

    /** Every hit inside one article, in text order. */
    public List<SearchHit> findIn(long sourceId, String query) {
        return database.search().findIn(sourceId, query);
    }
}
