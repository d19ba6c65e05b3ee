package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.service.ImportReport;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;

/**
 * {@code import --project PATH [--published YYYY-MM-DD] FILE|DIR...}: creates or fills a project
 * headless, with suggestions, and prints what happened as JSON. Exit 1 when a file could not be read.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import --project PATH [--published YYYY-MM-DD] FILE|DIR...";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        if (arguments.files().isEmpty()) {
            throw new UsageException("name at least one file or folder to import");
        }
        FuzzyDate published = arguments.date("published").map(FuzzyDate::day).orElse(FuzzyDate.UNKNOWN);
        try (Workbench workbench = Projects.openOrCreate(arguments.required("project"))) {
            ImportReport report = workbench.imports().importFiles(arguments.files(), published, Progress.NONE);
            for (ImportReport.Failure failure : report.failures()) {
                err.println("crosscheck import: " + failure.reason());
            }
            if (!report.skipped().isEmpty()) {
                err.println("crosscheck import: skipped " + report.skipped().size() + " file(s) of other kinds "
                        + "(only .txt, .text, .md, .html, .htm and .pdf are read): " + String.join(", ",
                        report.skipped().stream().limit(5).map(path -> path.getFileName().toString()).toList())
                        + (report.skipped().size() > 5 ? ", …" : ""));
            }
            out.println(Json.write(toJson(workbench, report)));
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private static ObjectNode toJson(Workbench workbench, ImportReport report) {
        ObjectNode root = Json.object();
        root.put("project", workbench.project().databaseFile().toString());
        ArrayNode imported = root.putArray("imported");
        report.imported().forEach(path -> imported.add(path.toString()));
        ArrayNode duplicates = root.putArray("duplicates");
        report.duplicates().forEach(path -> duplicates.add(path.toString()));
        ArrayNode skipped = root.putArray("skipped");
        report.skipped().forEach(path -> skipped.add(path.toString()));
        ArrayNode failures = root.putArray("failures");
        for (ImportReport.Failure failure : report.failures()) {
            failures.addObject().put("file", failure.file().toString()).put("reason", failure.reason());
        }
        root.put("sources", workbench.library().summaries().size());
        root.put("claims", workbench.claims().allClaims().size());
        return root;
    }
}
