package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as a script would call them: arguments in, JSON or files out, an exit code. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importFillsANewProjectFromAFolderWithItsMetadata() throws Exception {
        String project = folder.resolve("news").toString();

        assertThat(run("import", "--project", project, "seeds")).isZero();

        assertThat(json().path("imported")).hasSize(5);
        assertThat(json().path("sources").asInt()).isEqualTo(5);
        assertThat(run("import", "--project", project, "seeds")).isZero();
        assertThat(json().path("duplicates")).hasSize(5);
    }

    @Test
    void importReportsAFileItCannotReadAndExitsWithOne() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        Path good = Files.writeString(folder.resolve("good.txt"), "Title\n\nAbout 40 fighters arrived.");

        int exit = run("import", "--project", folder.resolve("p").toString(), "--published", "2017-06-19",
                empty.toString(), good.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt is empty");
        assertThat(json().path("imported")).hasSize(1);
    }

    @Test
    void compareOfAProjectWithoutFiguresPrintsNoGroups() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");

        assertThat(run("compare", "--project", project)).isZero();

        assertThat(json().path("groups").isArray()).isTrue();
    }

    @Test
    void timelineWritesAPicture() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");
        Path png = folder.resolve("timeline.png");

        assertThat(run("timeline", "--project", project, "--out", png.toString(), "--lanes", "speaker")).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(TimelineCommand.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TimelineCommand.HEIGHT);
    }

    @Test
    void aMissingProjectOrAWrongOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("compare", "--project", folder.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no project at");

        assertThat(run("compare", "--projet", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --projet", "usage:");

        assertThat(run("timeline", "--project", "x", "--out", "y.png", "--lanes", "colour")).isEqualTo(2);
    }
}
