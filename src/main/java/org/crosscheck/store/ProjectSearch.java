package org.crosscheck.store;

import org.crosscheck.model.SearchSyntaxException;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.crosscheck.model.SearchHit;

/**
 * Full-text search of one project: the words of every article and the fields of every claim.
 * Blocking (the first call may rebuild the index); thread-safe through the project's lock.
 */
public final class ProjectSearch {

    private static final SearchQueries QUERIES = new SearchQueries();
    private final Database database;

    ProjectSearch(Database database) {
        this.database = database;
    }

    /** Opens the index, rebuilding it when it is missing or stale, so that edits keep it current from now on. */
    public void prepare() {
        database.keepSearchInStep();
    }

    /**
     * The first {@code limit} hits of a query, the best articles first, in text order within each.
     *
     * @throws SearchSyntaxException when the query cannot be read
     */
    public List<SearchHit> find(String query, int limit) {
        Query parsed = QUERIES.parse(query);
        return withSearcher(searcher -> QUERIES.find(searcher, parsed, limit));
    }

    /** Every hit of a query inside one article, in text order (for stepping through them). */
    public List<SearchHit> findIn(long sourceId, String query) {
        Query parsed = QUERIES.parse(query);
        return withSearcher(searcher -> QUERIES.findIn(searcher, parsed, sourceId));
    }

    private interface SearcherWork {
        List<SearchHit> run(IndexSearcher searcher) throws IOException;
    }

    private List<SearchHit> withSearcher(SearcherWork work) {
        SearchIndex index;
        IndexSearcher searcher;
        synchronized (database) {
            index = database.keepSearchInStep().index();
            try {
                searcher = index.acquire();
            } catch (IOException e) {
                throw new StoreException("Cannot search " + database.project().displayName() + ": " + IoWords.of(e), e);
            }
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new StoreException("Cannot search " + database.project().displayName() + ": " + IoWords.of(e), e);
        } finally {
            try {
                index.release(searcher);
            } catch (IOException | org.apache.lucene.store.AlreadyClosedException ignored) {
                // the project closed meanwhile; the searcher goes with it
            }
        }
    }
}
