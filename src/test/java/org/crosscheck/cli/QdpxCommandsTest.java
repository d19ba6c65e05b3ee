package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.crosscheck.service.QdpxFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out FILE.qdpx} and {@code import FILE.qdpx}, and what they say when something is wrong. */
class QdpxCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();
    private String sample;

    @BeforeEach
    void importTheSample() {
        sample = folder.resolve("sample").toString();
        assertThat(command.run("import", "--project", sample, "seeds")).as(command.err()).isZero();
    }

    @Test
    void exportWritesAQdpxWithProjectQdeAndEveryArticlesText() throws Exception {
        Path file = folder.resolve("sample.qdpx");

        assertThat(command.run("export", "--project", sample, "--out", file.toString())).as(command.err()).isZero();

        assertThat(command.err()).contains("Wrote", "REFI-QDA project");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
            assertThat(zip.stream().filter(entry -> entry.getName().startsWith("sources/"))).hasSize(5);
        }
    }

    @Test
    void anExtensionOfNoFormatIsAUsageErrorThatNamesTheFormats() {
        assertThat(command.run("export", "--project", sample, "--out", folder.resolve("claims.xlsx").toString()))
                .isEqualTo(2);

        assertThat(command.err()).contains(".json", ".qdpx", "claims.xlsx").doesNotContain("Exception");
        assertThat(folder.resolve("claims.xlsx")).doesNotExist();
    }

    @Test
    void importOfAnExportIntoANewProjectPrintsWhatCameInAndNamesWhatDidNot() throws Exception {
        Path file = folder.resolve("sample.qdpx");
        command.run("export", "--project", sample, "--out", file.toString());

        assertThat(command.run("import", "--project", folder.resolve("copy").toString(), file.toString()))
                .as(command.err()).isZero();

        JsonNode printed = JSON.readTree(command.out());
        assertThat(printed.path("sources").asInt()).isEqualTo(5);
        assertThat(printed.path("claims").asInt()).isPositive();
        assertThat(printed.path("notImported").path("sets").asInt()).isPositive();
        assertThat(command.err()).contains("Not imported (Crosscheck cannot represent them):", "sets");
    }

    @Test
    void importOfAHandWrittenQdpxIntoAProjectWithArticlesAddsToThem() throws Exception {
        Path file = QdpxFixtures.handwritten(folder);

        assertThat(command.run("import", "--project", sample, file.toString())).as(command.err()).isZero();

        JsonNode printed = JSON.readTree(command.out());
        assertThat(printed.path("sources").asInt()).isEqualTo(2);
        assertThat(printed.path("tags").asInt()).isEqualTo(6);
        assertThat(printed.path("claims").asInt()).isEqualTo(3);
        assertThat(printed.path("notImported").path("picture sources").asInt()).isEqualTo(1);
        assertThat(command.err()).contains("1 picture source");
    }

    @Test
    void aDamagedQdpxIsNamedInWordsExitsOneAndCreatesNoProject() throws Exception {
        Path damaged = Files.writeString(folder.resolve("study.qdpx"), "PK\u0003\u0004 and then nothing");
        Path project = folder.resolve("new");

        assertThat(command.run("import", "--project", project.toString(), damaged.toString())).isEqualTo(1);

        assertThat(command.err()).contains("study.qdpx is not a REFI-QDA project", "no zip or a damaged one")
                .doesNotContain("Exception", "\tat ");
        assertThat(folder.resolve("new.mv.db")).doesNotExist();
    }

    @Test
    void aQdpxWithOtherFilesIsAUsageError() throws Exception {
        Path file = QdpxFixtures.handwritten(folder);

        assertThat(command.run("import", "--project", sample, file.toString(), "seeds")).isEqualTo(2);

        assertThat(command.err()).contains("interviews.qdpx is a REFI-QDA project", "name it alone");
    }
}
