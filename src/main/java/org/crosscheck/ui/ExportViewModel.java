package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.crosscheck.service.Cancellation;
import org.crosscheck.service.Exports;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;

/**
 * File › Export: each export runs off the JavaFX thread with its progress and a Cancel in the status
 * bar (a cancelled one leaves no file), and the status bar says where it went. Exports only read, so
 * they run in a read-only window too. FX thread only.
 */
public final class ExportViewModel {

    private final Workbench workbench;
    private final org.crosscheck.service.Runner runner;
    private final StatusViewModel status;

    ExportViewModel(Workbench workbench, org.crosscheck.service.Runner runner, StatusViewModel status) {
        this.workbench = workbench;
        this.runner = runner;
        this.status = status;
    }

    /** The claims table, one row per claim, as CSV. */
    public void exportClaims(Path file) {
        export("status.exportingClaims", progress -> workbench.exports().claimsCsv(file, progress),
                written -> Texts.get("status.exportedClaims", written.file(), written.count()));
    }

    /** The verdicts table, one row per pair of statements, as CSV. */
    public void exportVerdicts(Path file) {
        export("status.exportingVerdicts", progress -> workbench.exports().verdictsCsv(file, progress),
                written -> Texts.get("status.exportedVerdicts", written.file(), written.count()));
    }

    /** The whole project as a JSON project file, which import restores. */
    public void exportProject(Path file) {
        export("status.exportingProject", progress -> workbench.projectExport().export(file, progress),
                written -> Texts.get("status.exported", written));
    }

    /** The project as a REFI-QDA project (.qdpx), for other QDA tools. */
    public void exportQdpx(Path file) {
        export("status.exportingQdpx", progress -> workbench.qdpxExport().export(file, progress),
                written -> Texts.get("status.exported", written));
    }

    /** ClaimReview JSON-LD by {@code researcher}, whose name is kept with the project for next time. */
    public void exportClaimReview(Path file, String researcher) {
        export("status.exportingClaimReview", progress -> {
            workbench.exports().rememberResearcherName(researcher);
            return workbench.exports().claimReview(file, researcher, progress);
        }, written -> Texts.get(written.count() == 0 ? "status.exportedNoClaimReview" : "status.exportedClaimReview",
                written.file(), written.count()));
    }

    /** Reads the researcher's name (saved, else the computer's user name) and hands it to {@code use}. */
    public void researcherName(Consumer<String> use) {
        runner.run(() -> workbench.exports().researcherName(), use,
                error -> status.error(Texts.get("problem.load"), error));
    }

    /** Work that reports progress and can be cancelled from the status bar. */
    @FunctionalInterface
    private interface Export<T> {
        T write(Progress progress);
    }

    private <T> void export(String working, Export<T> work, Function<T, String> done) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get(working), cancellation);
        Progress progress = cancellation.watching(toStatus());
        Callable<T> call = () -> work.write(progress);
        runner.run(call, written -> {
            status.endWork();
            status.info(done.apply(written));
        }, error -> status.failed(Texts.get("problem.export"), Texts.get("status.exportCancelled"), error));
    }

    private Progress toStatus() {
        return (done, total, what) -> Platform.runLater(() -> status.progress(done, total, what));
    }
}
