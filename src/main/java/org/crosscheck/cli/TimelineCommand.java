package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.model.LaneMode;
import org.crosscheck.service.TimelineData;
import org.crosscheck.service.TimelinePicture;
import org.crosscheck.service.Workbench;

/** {@code timeline --project PATH --out FILE.png [--lanes ...]}: the timeline picture, drawn without a display or JavaFX. */
final class TimelineCommand implements Command {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String usage() {
        return "timeline --project PATH --out FILE.png [--lanes source|speaker|group|tag]";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.required("out"));
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--out must name a .png file (the picture is written as PNG), not " + file);
        }
        LaneMode lanes = lanes(arguments.option("lanes").orElse("source"));
        TimelineData data;
        org.crosscheck.model.ColourSlots colours;
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            data = workbench.timeline();
            colours = workbench.sourceColours().slots();
        }
        System.setProperty("java.awt.headless", "true"); // drawn in memory: no display is ever opened
        TimelinePicture.writePng(data, lanes, colours, file, WIDTH, HEIGHT);
        err.println("Wrote " + file.toAbsolutePath() + " (" + data.statements().size() + " statements, "
                + data.sources().size() + " sources, lanes by " + lanes.name().toLowerCase(Locale.ROOT) + ")");
        return 0;
    }

    private static LaneMode lanes(String name) {
        try {
            return LaneMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lanes must be source, speaker, group or tag, not " + name);
        }
    }
}
