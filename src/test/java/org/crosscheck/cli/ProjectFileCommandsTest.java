package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and the restoring {@code import} of JSON project files, and what they say when a file is wrong. */
class ProjectFileCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path exported;

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void exportTheSample() {
        String project = folder.resolve("sample").toString();
        run("import", "--project", project, "seeds");
        exported = folder.resolve("sample.json");
        assertThat(run("export", "--project", project, "--out", exported.toString())).as(errors()).isZero();
    }

    private int restore(Path file) {
        return run("import", "--project", folder.resolve("restored").toString(), file.toString());
    }

    private Path edited(String name, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(exported.toFile());
        edit.accept(root);
        return Files.writeString(folder.resolve(name), JSON.writeValueAsString(root));
    }

    /** Said in words, naming the file; no class name or stack trace reaches the person who typed the command. */
    private void assertPlainMessage(Path file) {
        assertThat(errors()).contains(file.toString()).doesNotContain("Exception", "\tat ", "jackson");
    }

    @Test
    void importRestoresAProjectFileAndPrintsWhatItBroughtIn() throws Exception {
        assertThat(restore(exported)).as(errors()).isZero();

        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("sources").asInt()).isEqualTo(5);
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("claims").asInt()).isPositive();
    }

    @Test
    void aProjectFileIsRecognisedByItsFormatWhateverItsName() throws Exception {
        Path renamed = Files.copy(exported, folder.resolve("backup.txt"));

        assertThat(restore(renamed)).as(errors()).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("restored").asText()).endsWith("backup.txt");
    }

    @Test
    void aFileCutShortIsNamedWithTheLineWhereItEndsAndCreatesNoProject() throws Exception {
        byte[] whole = Files.readAllBytes(exported);
        Path cut = Files.write(folder.resolve("cut.json"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(restore(cut)).isEqualTo(1);

        assertPlainMessage(cut);
        assertThat(errors()).contains("ends too soon", "line ");
        assertThat(Files.exists(ProjectFile.of(folder.resolve("restored")).databaseFile())).isFalse();
    }

    @Test
    void brokenJsonIsNamedWithItsLineAndColumn() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\n  \"format\": \"crosscheck-project\",\n  oops\n}");

        assertThat(restore(broken)).isEqualTo(1);

        assertPlainMessage(broken);
        assertThat(errors()).contains("no valid JSON at line 3, column");
    }

    @Test
    void aForeignJsonFileIsNoProject() throws Exception {
        Path foreign = Files.writeString(folder.resolve("foreign.json"), "{\"hello\": [1, 2, 3]}");
        Path list = Files.writeString(folder.resolve("list.json"), "[1, 2, 3]");

        assertThat(restore(foreign)).isEqualTo(1);
        assertPlainMessage(foreign);
        assertThat(errors()).contains("is no Crosscheck project file", "no \"format\" field");

        assertThat(restore(list)).isEqualTo(1);
        assertThat(errors()).contains("is no Crosscheck project file", "array");
    }

    @Test
    void aWrongFieldIsNamedByWhereItIs() throws Exception {
        Path badPrecision = edited("precision.json", root -> ((ObjectNode) root.path("sources").get(2).path("published"))
                .put("precision", "fortnight"));
        Path badSource = edited("source.json", root -> ((ObjectNode) root.path("claims").get(4)).put("source", 999));
        Path badType = edited("type.json", root -> ((ObjectNode) root.path("claims").get(0)).put("start", "ten"));
        Path typo = edited("typo.json", root -> ((ObjectNode) root.path("sources").get(0)).put("outlett", "RT"));

        assertThat(restore(badPrecision)).isEqualTo(1);
        assertPlainMessage(badPrecision);
        assertThat(errors()).contains("sources[2].published.precision is “fortnight”, which is none of day, week");
        assertThat(restore(badSource)).isEqualTo(1);
        assertThat(errors()).contains("claims[4].source 999 is no source of the file");
        assertThat(restore(badType)).isEqualTo(1);
        assertThat(errors()).contains("claims[0].start must be a whole number");
        assertThat(restore(typo)).isEqualTo(1);
        assertThat(errors()).contains("sources[0].outlett is no field of the format");
    }

    @Test
    void aFileOfANewerVersionIsRefusedInWords() throws Exception {
        Path newer = edited("newer.json", root -> root.put("version", 2));

        assertThat(restore(newer)).isEqualTo(1);

        assertPlainMessage(newer);
        assertThat(errors()).contains("written by a newer Crosscheck (project format version 2)");
    }

    @Test
    void aProjectThatHoldsArticlesIsNotRestoredInto() {
        assertThat(run("import", "--project", folder.resolve("sample").toString(), exported.toString())).isEqualTo(1);

        assertThat(errors()).contains("already holds 5 articles", "restored only into an empty project")
                .doesNotContain("Exception");
    }

    @Test
    void exportRefusesAnExtensionItDoesNotKnowAndSaysWhichItDoes() {
        int exit = run("export", "--project", folder.resolve("sample").toString(), "--out",
                folder.resolve("claims.xlsx").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("must name a .csv, .json, .jsonld or .qdpx file", "claims.xlsx", "usage:");
        assertThat(Files.exists(folder.resolve("claims.xlsx"))).isFalse();
    }

    @Test
    void aProjectFileIsRestoredOnItsOwn() throws Exception {
        Path article = Files.writeString(folder.resolve("a.txt"), "Title\n\nAbout 40 fighters arrived.");

        assertThat(run("import", "--project", folder.resolve("r").toString(), exported.toString(), article.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("restored on its own");
    }
}
