package org.crosscheck.service;

import java.util.function.Consumer;
import org.crosscheck.store.Database;

/** An edit made of two transactions given as functions. */
record Edits(String description, Consumer<Database> forward, Consumer<Database> backward) implements Edit {

    @Override
    public void apply(Database database) {
        forward.accept(database);
    }

    @Override
    public void revert(Database database) {
        backward.accept(database);
    }
}
