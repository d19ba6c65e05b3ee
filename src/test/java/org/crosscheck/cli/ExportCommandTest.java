package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} by extension — .csv (claims or verdicts), .json, .jsonld — and its exit codes when the command line is wrong. */
class ExportCommandTest {

    @TempDir
    static Path folder;

    private static String project;
    private final CommandRun command = new CommandRun();

    @BeforeAll
    static void importTheSample() {
        project = folder.resolve("sample").toString();
        assertThat(new CommandRun().run("import", "--project", project, "seeds")).isZero();
    }

    @Test
    void aCsvFileIsTheClaimsTableUnlessTheVerdictsAreAskedFor() throws IOException {
        Path claims = folder.resolve("claims.csv");
        Path verdicts = folder.resolve("verdicts.csv");

        assertThat(command.run("export", "--project", project, "--out", claims.toString())).as(command.err()).isZero();
        assertThat(command.err()).contains("Wrote", "claims.csv", "claims)");
        assertThat(command.run("export", "--project", project, "--out", verdicts.toString(), "--table", "verdicts"))
                .as(command.err()).isZero();

        assertThat(read(claims).get(0).get(0)).isEqualTo("source title");
        assertThat(read(claims).stream().map(row -> row.get(5))).contains("nearly 3,500 ISIS-linked jihadists");
        assertThat(read(verdicts).get(0).get(0)).isEqualTo("group");
        assertThat(read(verdicts).stream().map(row -> row.get(11))).contains("contradicts", "tension");
    }

    @Test
    void aJsonLdFileIsClaimReviewsByTheResearcherNamed() throws IOException {
        Path reviews = folder.resolve("reviews.jsonld");

        assertThat(command.run("export", "--project", project, "--out", reviews.toString(), "--researcher", "Jane Doe"))
                .as(command.err()).isZero();

        // the sample's claims are all suggestions: nothing confirmed, nothing to publish, and the message says why
        assertThat(new ObjectMapper().readTree(reviews.toFile()).path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(command.err()).contains("0 ClaimReviews by Jane Doe", "no confirmed statement");
    }

    @Test
    void aJsonFileIsTheProjectAsBefore() {
        Path file = folder.resolve("project.json");

        assertThat(command.run("export", "--project", project, "--out", file.toString())).as(command.err()).isZero();
        assertThat(command.err()).contains("as a JSON project file");
    }

    @Test
    void aWrongTableOrAnOptionOfAnotherFormatIsAUsageErrorWithoutAStackTrace() {
        List<String[]> wrong = List.of(
                new String[] {"--out", folder.resolve("a.csv").toString(), "--table", "sources"},
                new String[] {"--out", folder.resolve("a.json").toString(), "--table", "claims"},
                new String[] {"--out", folder.resolve("a.csv").toString(), "--researcher", "Jane"},
                new String[] {"--out", folder.resolve("a.txt").toString()},
                new String[] {"--out", folder.resolve("a.csv").toString(), "--sheet", "claims"},
                new String[] {"--table", "claims"});
        for (String[] options : wrong) {
            String[] args = new String[options.length + 3];
            args[0] = "export";
            args[1] = "--project";
            args[2] = project;
            System.arraycopy(options, 0, args, 3, options.length);

            assertThat(command.run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(command.err()).contains("usage:").doesNotContain("Exception", "\tat ");
        }
        assertThat(folder.resolve("a.csv")).doesNotExist();
        assertThat(folder.resolve("a.json")).doesNotExist();
    }

    @Test
    void aProjectThatIsNotThereIsAUsageError() {
        assertThat(command.run("export", "--project", folder.resolve("missing").toString(), "--out",
                folder.resolve("m.csv").toString())).isEqualTo(2);
        assertThat(command.err()).contains("no project at");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
