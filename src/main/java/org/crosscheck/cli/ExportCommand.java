package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.crosscheck.service.Exports;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;

/**
 * {@code export --project PATH --out FILE [--table claims|verdicts] [--researcher NAME]}: the same
 * as File › Export in the window, the format told by the file's extension — a CSV table (.csv, the
 * claims unless {@code --table verdicts}), the JSON project (.json, which {@code import} restores),
 * ClaimReview JSON-LD (.jsonld, by the researcher named, else the one saved with the project) or a
 * REFI-QDA project for other QDA tools (.qdpx, which {@code import} reads back).
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --project PATH --out FILE.csv|FILE.json|FILE.jsonld|FILE.qdpx [--table claims|verdicts]"
                + " [--researcher NAME]";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.required("out"));
        ExportFormat format = ExportFormat.of(file).orElseThrow(() -> new UsageException("--out must name a .csv, "
                + ".json, .jsonld or .qdpx file (the format is told by the extension), not " + file.getFileName()));
        if (format != ExportFormat.CSV && arguments.option("table").isPresent()) {
            throw new UsageException("--table chooses the CSV table; it does not apply to a " + format.extension()
                    + " file");
        }
        if (format != ExportFormat.CLAIM_REVIEW && arguments.option("researcher").isPresent()) {
            throw new UsageException("--researcher names the author of ClaimReviews (.jsonld); it does not apply to a "
                    + format.extension() + " file");
        }
        String table = arguments.option("table").orElse("claims");
        if (!table.equals("claims") && !table.equals("verdicts")) {
            throw new UsageException("--table must be claims or verdicts, not " + table);
        }
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            err.println(switch (format) {
                case CSV -> table(workbench.exports(), file, table);
                case PROJECT_JSON -> {
                    workbench.projectExport().export(file, Progress.NONE);
                    yield "Wrote " + file.toAbsolutePath() + " (the whole project, as a JSON project file)";
                }
                case CLAIM_REVIEW -> claimReview(workbench.exports(), file, arguments);
                case REFI_QDA -> {
                    workbench.qdpxExport().export(file, Progress.NONE);
                    yield "Wrote " + file.toAbsolutePath() + " (a REFI-QDA project, for NVivo, ATLAS.ti, MAXQDA, "
                            + "QualCoder and other QDA tools)";
                }
            });
        }
        return 0;
    }

    private static String table(Exports exports, Path file, String table) {
        if (table.equals("verdicts")) {
            Exports.Exported written = exports.verdictsCsv(file, Progress.NONE);
            return "Wrote " + written.file().toAbsolutePath() + " (" + written.count() + " pairs with their verdicts)";
        }
        Exports.Exported written = exports.claimsCsv(file, Progress.NONE);
        return "Wrote " + written.file().toAbsolutePath() + " (" + written.count() + " claims)";
    }

    private static String claimReview(Exports exports, Path file, Arguments arguments) {
        String researcher = arguments.option("researcher").orElseGet(exports::researcherName);
        Exports.Exported written = exports.claimReview(file, researcher, Progress.NONE);
        return "Wrote " + written.file().toAbsolutePath() + " (" + written.count() + " ClaimReviews by " + researcher
                + (written.count() == 0 ? "; none, since no confirmed statement has a verdict other than agrees with"
                + " another confirmed statement" : "") + ")";
    }
}
