package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as a script would call them: arguments in, JSON or files out, an exit code. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(command.out());
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
        assertThat(command.err()).contains("empty.txt is empty");
        assertThat(json().path("imported")).hasSize(1);
    }

    @Test
    void comparePrintsTheGroupsWithTheirStatementsAndVerdictsIndexingThem() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");

        assertThat(run("compare", "--project", project)).isZero();

        JsonNode fighters = json().path("groups").get(0);
        assertThat(fighters.path("name").asText()).isEqualTo("Islamic State · fighters · Afghanistan");
        int statements = fighters.path("statements").size();
        assertThat(statements).isGreaterThanOrEqualTo(5);
        assertThat(fighters.path("statements").findValuesAsText("text")).contains("roughly 3,000 fighters");
        assertThat(fighters.path("statements").findValuesAsText("file")).contains("004_709042904126c998.txt",
                "002_8810225d187fbb5a.txt");
        assertThat(fighters.has("story")).isTrue();
        for (JsonNode verdict : fighters.path("verdicts")) {
            assertThat(verdict.path("a").asInt()).isBetween(0, statements - 1);
            assertThat(verdict.path("b").asInt()).isBetween(0, statements - 1);
            assertThat(verdict.path("verdict").asText())
                    .isIn("agrees", "tension", "contradicts", "changed-over-time", "different-scope");
            assertThat(verdict.path("reason").asText()).isNotBlank();
        }
    }

    @Test
    void compareGivesEachTollGroupItsStory() throws Exception {
        Path reports = java.nio.file.Files.createDirectories(folder.resolve("reports"));
        java.nio.file.Files.writeString(reports.resolve("a.txt"), "Three hurt in Ridgeway crash\n\nThree people were "
                + "injured when a bus left the road on Ridgeway Parkway near Kestrel Lake on Friday, troopers said.");
        java.nio.file.Files.writeString(reports.resolve("b.txt"), "Kestrel Lake bus crash on Ridgeway Parkway\n\n"
                + "A bus carrying a choir left Ridgeway Parkway near Kestrel Lake on Friday; three people were injured.");
        String project = folder.resolve("crash").toString();
        run("import", "--project", project, "--published", "2016-04-09", reports.toString());

        assertThat(run("compare", "--project", project)).isZero();

        JsonNode injured = null;
        for (JsonNode group : json().path("groups")) {
            if (group.path("name").asText().endsWith("people shot or injured")) {
                injured = group;
            }
        }
        assertThat(injured).as("a group of the people injured").isNotNull();
        assertThat(injured.path("story").asText()).isNotBlank();
        assertThat(injured.path("statements").findValuesAsText("file")).contains("a.txt", "b.txt");
        assertThat(injured.path("statements").findValuesAsText("role")).containsOnly("injured");
    }

    @Test
    void aStrayArgumentOrAPictureNamedOtherThanPngIsAUsageError() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");

        assertThat(run("compare", "--project", project, "stray")).isEqualTo(2);
        assertThat(command.err()).contains("unexpected argument stray");
        assertThat(run("timeline", "--project", project, "--out", folder.resolve("t.jpg").toString())).isEqualTo(2);
        assertThat(command.err()).contains("must name a .png file");
        assertThat(folder.resolve("t.jpg")).doesNotExist();
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
    void theTimelinePictureShowsEachSourceInItsOwnColour() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");
        Path png = folder.resolve("timeline.png");

        assertThat(run("timeline", "--project", project, "--out", png.toString())).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        // the five sample articles hold the first five colours, each shown in its lane's swatch
        for (int slot = 0; slot < 5; slot++) {
            assertThat(colours).as("source colour " + slot)
                    .contains(Integer.parseInt(org.crosscheck.model.chart.SourcePalette.hex(slot).substring(1), 16));
        }
    }

    @Test
    void reportWritesAPdfOfTheNamedGroupAndAnHtmlOfAll() throws Exception {
        String project = folder.resolve("news").toString();
        run("import", "--project", project, "seeds");
        Path pdf = folder.resolve("fighters.pdf");
        Path html = folder.resolve("all.html");

        assertThat(run("report", "--project", project, "--out", pdf.toString(),
                "--group", "Islamic State · fighters · Afghanistan")).isZero();
        assertThat(run("report", "--project", project, "--out", html.toString())).isZero();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        assertThat(Files.readString(html)).contains("roughly 3,000 fighters");
        assertThat(run("report", "--project", project, "--out", folder.resolve("r.docx").toString())).isEqualTo(2);
    }

    @Test
    void extractPrintsTheClaimsOfEachFileWithOffsetsIntoItsText() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"),
                "Kabulov said on Thursday that over 10,000 loyal fighters were in Afghanistan.");

        assertThat(run("extract", "--published", "2017-12-23", file.toString(),
                folder.resolve("missing.txt").toString())).isEqualTo(1);

        JsonNode claims = json().path("sources").get(0).path("claims");
        JsonNode quantity = null;
        for (JsonNode claim : claims) {
            if (claim.path("kind").asText().equals("quantity")) {
                quantity = claim;
            }
        }
        assertThat(quantity).isNotNull();
        assertThat(quantity.path("low").asLong()).isEqualTo(10_000);
        assertThat(quantity.path("high").isNull()).isTrue();
        String text = Files.readString(file);
        assertThat(text.substring(quantity.path("start").asInt(), quantity.path("end").asInt()))
                .isEqualTo(quantity.path("text").asText());
        assertThat(command.err()).contains("missing.txt");
    }

    @Test
    void aMissingProjectOrAWrongOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("compare", "--project", folder.resolve("none").toString())).isEqualTo(2);
        assertThat(command.err()).contains("no project at");

        assertThat(run("compare", "--projet", "x")).isEqualTo(2);
        assertThat(command.err()).contains("unknown option --projet", "usage:");

        assertThat(run("timeline", "--project", "x", "--out", "y.png", "--lanes", "colour")).isEqualTo(2);
    }

    @Test
    void commandsThatOnlyReadLeaveTheProjectByteForByte() throws Exception {
        String project = folder.resolve("p").toString();
        run("import", "--project", project, "seeds");
        Path file = folder.resolve("p.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThat(run("compare", "--project", project)).isZero();
        assertThat(run("timeline", "--project", project, "--out", folder.resolve("t.png").toString())).isZero();
        assertThat(run("report", "--project", project, "--out", folder.resolve("r.html").toString())).isZero();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedProjectIsRefusedInPlainWordsAndLeftAsItWas() throws Exception {
        String project = folder.resolve("p").toString();
        run("import", "--project", project, "seeds");
        Path file = folder.resolve("p.mv.db");
        byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) * 2 / 3);
        Files.write(file, cut);

        assertThat(run("compare", "--project", project)).isEqualTo(1);
        assertThat(command.err()).contains("is damaged", "Nothing was changed")
                .doesNotContain("Exception", "SQL", "[9");
        assertThat(run("import", "--project", project, "seeds")).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(cut);
    }

    @Test
    void theWindowsCommandLineRefusesWhatItDoesNotKnow() {
        assertThat(org.crosscheck.ui.CrosscheckApp.problemWith(java.util.List.of("--project", "p", "--read-only")))
                .isEmpty();
        assertThat(org.crosscheck.ui.CrosscheckApp.problemWith(java.util.List.of("--projct", "p")))
                .contains("unexpected argument --projct");
        assertThat(org.crosscheck.ui.CrosscheckApp.problemWith(java.util.List.of("--project")))
                .contains("--project needs the path of a project");
    }

    @Test
    void versionPrintsTheNameAndVersionAndExitsWithZero() {
        CommandRun command = new CommandRun();
        assertThat(CommandLine.standard().handles(new String[] {"--version"})).isTrue();
        assertThat(command.run("--version")).isZero();
        assertThat(command.out().strip()).matches("crosscheck \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(command.err()).isEmpty();
    }

    @Test
    void aMistypedCommandPrintsTheUsageAndExitsWithTwoWithoutAWindow() {
        CommandRun command = new CommandRun();
        // handled here, so the launcher never opens a window for it
        assertThat(CommandLine.standard().handles(new String[] {"exprot", "--project", "p"})).isTrue();
        assertThat(command.run("exprot", "--project", "p")).isEqualTo(2);
        assertThat(command.err()).contains("unknown command exprot", "Usage:", "export --project PATH");
        assertThat(command.out()).isEmpty();
        // options are the window's: those go to the window's own check
        assertThat(CommandLine.standard().handles(new String[] {"--project", "p"})).isFalse();
    }
}
