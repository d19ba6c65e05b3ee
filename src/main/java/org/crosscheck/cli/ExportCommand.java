package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;

/**
 * {@code export --project PATH --out FILE.json}: the whole project as a JSON project file, the same
 * as File › Export project… in the window; {@code import} restores it. Only .json for now.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --project PATH --out FILE.json";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.required("out"));
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new UsageException("--out must name a .json file: for now a project is exported only as a JSON "
                    + "project (.json), not as " + file.getFileName() + "; other formats come later");
        }
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            workbench.projectExport().export(file, Progress.NONE);
        }
        err.println("Wrote " + file.toAbsolutePath() + " (the whole project, as a JSON project file)");
        return 0;
    }
}
