package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.crosscheck.service.ReportScope;
import org.crosscheck.service.Workbench;

/**
 * {@code report --project PATH --out FILE.pdf|FILE.html [--group NAME]... [--tag NAME]}: the
 * comparison report, the same as File › Export report… in the window. Its charts are vector
 * drawings, so no JavaFX toolkit is started.
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --project PATH --out FILE.pdf|FILE.html [--group NAME]... [--tag NAME] [--statements all|confirmed]";
    }

    /** {@code --statements confirmed} leaves out the suggestions nobody has reviewed; {@code all} is the default. */
    private static boolean confirmedOnly(Arguments arguments) {
        String statements = arguments.option("statements").orElse("all");
        if (!statements.equals("all") && !statements.equals("confirmed")) {
            throw new UsageException("--statements is all or confirmed, not " + statements);
        }
        return statements.equals("confirmed");
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.required("out"));
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new UsageException("--out must name a .pdf or .html file, not " + file.getFileName());
        }
        ReportScope scope = (!arguments.all("group").isEmpty() ? ReportScope.groups(arguments.all("group"))
                : arguments.option("tag").map(ReportScope::tagged).orElse(ReportScope.allGroups()))
                .withConfirmedOnly(confirmedOnly(arguments));
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            workbench.reports().export(scope, file);
        }
        err.println("Wrote " + file.toAbsolutePath() + " (" + scope.description() + ")");
        return 0;
    }
}
