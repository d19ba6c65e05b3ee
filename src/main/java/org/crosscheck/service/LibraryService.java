package org.crosscheck.service;

import java.util.List;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;

/**
 * The project's sources: the library list, one source with its text, metadata edits.
 * Blocking: call from a background thread. Thread-safe.
 */
public final class LibraryService {

    private final Database database;
    private final UndoHistory history;
    private final SourceRepository sources = new SourceRepository();

    LibraryService(Database database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    public List<SourceSummary> summaries() {
        return database.inTransaction("list the sources", sources::summaries);
    }

    public Source source(long id) {
        return database.inTransaction("load source " + id, connection -> sources.find(connection, id))
                .orElseThrow(() -> new IllegalArgumentException("The source no longer exists."));
    }

    public List<Source> all() {
        return database.inTransaction("load the sources", sources::all);
    }

    /** Replaces the researcher's metadata of a source; undoable. */
    public Source updateMetadata(long id, SourceMetadata metadata) {
        Source before = source(id);
        if (before.metadata().equals(metadata)) {
            return before;
        }
        history.perform(new Edits("Edit source details",
                db -> save(db, id, metadata), db -> save(db, id, before.metadata())));
        return before.withMetadata(metadata);
    }

    private void save(Database db, long id, SourceMetadata metadata) {
        db.inTransaction("save the details of source " + id, connection -> {
            sources.updateMetadata(connection, id, metadata);
            return null;
        });
    }
}
