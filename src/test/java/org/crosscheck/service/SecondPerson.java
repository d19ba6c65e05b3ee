package org.crosscheck.service;

/**
 * Another person on the same project, with services and an undo history of their own (as their window
 * on a shared project would have): for tests outside this package, which cannot make such services.
 */
public final class SecondPerson {

    private final ComparisonService comparison;

    /** {@code name} signs their edits. */
    public SecondPerson(Workbench project, String name) {
        this.comparison = new ComparisonService(project.database(), new UndoHistory(project.database()),
                project.suggestions()::extractor).signedBy(() -> name);
    }

    public void note(String groupId, String note) {
        comparison.note(groupId, note);
    }
}
