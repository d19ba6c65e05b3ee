package org.crosscheck.ui;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crosscheck.service.CancelledException;
import org.crosscheck.service.Cancellation;

/** The status bar: the latest message, and progress of long work. Used on the JavaFX thread only. */
public final class StatusViewModel implements Notices {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(StatusViewModel.class.getName());

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private Cancellation cancellation;
    private BiConsumer<String, String> errorPresenter = (problem, reason) -> { };

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The view decides how errors are shown (a dialog in the window). */
    public void setErrorPresenter(BiConsumer<String, String> presenter) {
        this.errorPresenter = presenter;
    }

    /** Whether the work under way can be cancelled: the status bar then offers Cancel. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public void startWork(String what) {
        busy.set(true);
        progress.set(-1);
        message.set(what);
    }

    /** Starts work that stops when the researcher presses Cancel; hand {@code cancellation} to the work. */
    public void startWork(String what, Cancellation cancellation) {
        startWork(what);
        this.cancellation = cancellation;
        cancellable.set(true);
    }

    /** Asks the work under way to stop at its next step. */
    public void cancel() {
        if (cancellation != null && !cancellation.isCancelled()) {
            cancellation.cancel();
            message.set(Texts.get("status.cancelling"));
        }
    }

    /** Ends work that failed: a cancellation is said in the status bar, a failure in a dialog too. */
    public void failed(String problem, String cancelled, Throwable cause) {
        if (cause instanceof CancelledException) {
            endWork();
            message.set(cancelled);
        } else {
            error(problem, cause);
        }
    }

    public void progress(long done, long total, String what) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        message.set(what);
    }

    public void endWork() {
        busy.set(false);
        progress.set(0);
        cancellable.set(false);
        cancellation = null;
    }

    @Override
    public void info(String text) {
        message.set(text);
    }

    @Override
    public void error(String problem, Throwable cause) {
        LOG.log(java.util.logging.Level.WARNING, problem, cause);
        endWork();
        String reason = Notices.describe(cause);
        message.set(problem + ": " + reason);
        errorPresenter.accept(problem, reason);
    }
}
