package org.crosscheck.service;

import java.util.List;
import org.crosscheck.store.Database;

/**
 * Several edits that the researcher made with one action (new details for a source, then the
 * re-scan its new date needs), undone and redone together, in reverse order on undo.
 */
record CompositeEdit(String description, List<Edit> parts) implements Edit {

    CompositeEdit {
        parts = List.copyOf(parts);
    }

    @Override
    public void apply(Database database) {
        for (Edit part : parts) {
            part.apply(database);
        }
    }

    @Override
    public void revert(Database database) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert(database);
        }
    }
}
