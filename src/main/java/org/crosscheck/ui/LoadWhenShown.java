package org.crosscheck.ui;

/**
 * A tab that loads its data only while it is shown: a change to the project marks it stale, and
 * it reloads at once if shown, else when next shown. Keeps hidden tabs from reading the whole
 * project after every edit. Nothing loads before the window has read the project once: a tab
 * shown at start would otherwise queue its work ahead of the library's on the one worker thread,
 * and load a second time when the library arrives. FX thread only.
 */
final class LoadWhenShown {

    private final Runnable load;
    private boolean stale = true;
    private boolean shown;
    private boolean projectRead;

    LoadWhenShown(Runnable load) {
        this.load = load;
    }

    void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && stale && projectRead) {
            reload();
        }
    }

    void projectChanged() {
        projectRead = true;
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
