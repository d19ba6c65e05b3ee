package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;

/**
 * {@code export --project PATH --out FILE.json|FILE.qdpx}: the project in the format its extension
 * names — a JSON project file, the same as File › Export project… ({@code import} restores it), or a
 * REFI-QDA project for other QDA tools, the same as File › Export REFI-QDA project….
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --project PATH --out FILE.json|FILE.qdpx";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.required("out"));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        String written = switch (extension) {
            case ".json" -> "the whole project, as a JSON project file";
            case ".qdpx" -> "a REFI-QDA project, for NVivo, ATLAS.ti, MAXQDA, QualCoder and other QDA tools";
            default -> throw new UsageException("--out must name a .json file (a JSON project) or a .qdpx file "
                    + "(a REFI-QDA project), not " + file.getFileName());
        };
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            switch (extension) {
                case ".qdpx" -> workbench.qdpxExport().export(file, Progress.NONE);
                default -> workbench.projectExport().export(file, Progress.NONE);
            }
        }
        err.println("Wrote " + file.toAbsolutePath() + " (" + written + ")");
        return 0;
    }
}
