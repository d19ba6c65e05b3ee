package org.crosscheck.ui;

/**
 * A tab that loads its data only while it is shown: a change to the project marks it stale, and
 * it reloads at once if shown, else when next shown. Keeps hidden tabs from reading the whole
 * project after every edit. FX thread only.
 */
final class LoadWhenShown {

    private final Runnable load;
    private boolean stale = true;
    private boolean shown;

    LoadWhenShown(Runnable load) {
        this.load = load;
    }

    void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && stale) {
            reload();
        }
    }

    void projectChanged() {
        stale = true;
        if (shown) {
            reload();
        }
    }

    /** Loads now; the data is fresh until the next change. */
    void reload() {
        stale = false;
        load.run();
    }

    boolean isStale() {
        return stale;
    }
}
