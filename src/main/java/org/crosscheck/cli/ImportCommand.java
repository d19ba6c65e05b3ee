package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.service.ImportReport;
import org.crosscheck.service.Progress;
import org.crosscheck.service.ProjectContents;
import org.crosscheck.service.ProjectImport;
import org.crosscheck.service.QdpxImport;
import org.crosscheck.service.QdpxImported;
import org.crosscheck.service.refi.QdpxProject;
import org.crosscheck.service.Workbench;

/**
 * {@code import --project PATH [--published YYYY-MM-DD] FILE|DIR...}: creates or fills a project
 * headless, with suggestions, and prints what happened as JSON. Exit 1 when a file could not be read.
 * A JSON project file (any .json, or a file whose {@code format} says so) is restored instead, on
 * its own, into an empty project; a REFI-QDA project (.qdpx) is imported on its own, into any project.
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
        List<Path> qdpxFiles = arguments.files().stream().filter(QdpxImport::isQdpx).toList();
        if (!qdpxFiles.isEmpty()) {
            if (arguments.files().size() > 1 || arguments.option("published").isPresent()) {
                throw new UsageException(qdpxFiles.get(0).getFileName() + " is a REFI-QDA project, which is imported "
                        + "on its own: name it alone, without --published");
            }
            return importQdpx(arguments.required("project"), qdpxFiles.get(0), out, err);
        }
        List<Path> projectFiles = arguments.files().stream().filter(ImportCommand::isProjectFile).toList();
        if (!projectFiles.isEmpty()) {
            if (arguments.files().size() > 1 || arguments.option("published").isPresent()) {
                throw new UsageException(projectFiles.get(0).getFileName() + " is a JSON project, which is restored "
                        + "on its own into an empty project: name it alone, without --published");
            }
            return restore(arguments.required("project"), projectFiles.get(0), out);
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

    /** Any .json is taken for a project file, so a foreign one is named as such rather than skipped. */
    private static boolean isProjectFile(Path file) {
        return Files.isRegularFile(file) && (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                || ProjectImport.isProjectFile(file));
    }

    private static int restore(String project, Path file, PrintStream out) {
        // read and checked before the project is opened, so a damaged file creates no project
        ProjectContents contents = ProjectImport.read(file, Progress.NONE);
        try (Workbench workbench = Projects.openOrCreate(project)) {
            ProjectImport.Restored restored = workbench.projectImport().restore(contents, file.getFileName().toString());
            ObjectNode root = Json.object();
            root.put("project", workbench.place().describe());
            root.put("restored", file.toString());
            root.put("sources", restored.sources());
            root.put("claims", restored.claims());
            root.put("tags", restored.tags());
            root.put("stories", restored.stories());
            out.println(Json.write(root));
            return 0;
        }
    }

    private static int importQdpx(String project, Path file, PrintStream out, PrintStream err) {
        // read and checked before the project is opened, so a damaged file creates no project
        QdpxProject contents = QdpxImport.read(file);
        try (Workbench workbench = Projects.openOrCreate(project)) {
            QdpxImported imported = workbench.qdpxImport().importProject(contents, file, Progress.NONE);
            if (!imported.notImported().isEmpty()) {
                err.println("crosscheck import: " + imported.summary());
            }
            ObjectNode root = Json.object();
            root.put("project", workbench.place().describe());
            root.put("imported", file.toString());
            root.put("sources", imported.sources());
            root.put("duplicates", imported.duplicates());
            root.put("tags", imported.tags());
            root.put("tagsReused", imported.tagsReused());
            root.put("claims", imported.claims());
            ObjectNode left = root.putObject("notImported");
            imported.notImported().counts().forEach(left::put);
            out.println(Json.write(root));
            return 0;
        }
    }

    private static ObjectNode toJson(Workbench workbench, ImportReport report) {
        ObjectNode root = Json.object();
        root.put("project", workbench.place().describe());
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
