package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search}: JSON hits whose offsets cut exactly the matched words out of the article's stored text. */
class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();
    private String project;

    @BeforeEach
    void importTheSample() {
        project = folder.resolve("sample").toString();
        assertThat(command.run("import", "--project", project, "seeds")).as(command.err()).isZero();
    }

    private String textOf(String file) {
        try (Workbench workbench = Workbench.openForReading(ProjectFile.of(Path.of(project)))) {
            return workbench.library().all().stream().filter(source -> source.importedFrom().equals(file))
                    .findFirst().orElseThrow().text();
        }
    }

    @Test
    void printsEveryHitWithOffsetsIntoTheArticlesText() throws Exception {
        assertThat(command.run("search", "--project", project, "Kabulov")).as(command.err()).isZero();
        JsonNode hits = JSON.readTree(command.out()).get("hits");
        assertThat(hits.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode hit : hits) {
            String text = textOf(hit.get("file").asText());
            assertThat(text.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo("Kabulov");
            assertThat(hit.get("snippet").asText()).contains("Kabulov");
            assertThat(hit.get("source").asText()).isNotBlank();
        }
    }

    @Test
    void aPhraseIsOneHitAndLimitCutsTheList() throws Exception {
        assertThat(command.run("search", "--project", project, "\"Islamic State\"", "--limit", "2")).isZero();
        JsonNode hits = JSON.readTree(command.out()).get("hits");
        assertThat(hits.size()).isEqualTo(2);
        String text = textOf(hits.get(0).get("file").asText());
        assertThat(text.substring(hits.get(0).get("start").asInt(), hits.get(0).get("end").asInt()))
                .isEqualToIgnoringCase("Islamic State");
    }

    @Test
    void aClaimFieldFindsTheClaimsSpan() throws Exception {
        assertThat(command.run("search", "--project", project, "subject:\"islamic state\"", "--limit", "5")).isZero();
        JsonNode hits = JSON.readTree(command.out()).get("hits");
        assertThat(hits.size()).isPositive();
        JsonNode first = hits.get(0);
        assertThat(first.get("end").asInt()).isGreaterThan(first.get("start").asInt());
    }

    @Test
    void aWrongCommandLinePrintsTheUsageAndExitsTwo() {
        assertThat(command.run("search", "--project", project)).isEqualTo(2);
        assertThat(command.err()).contains("usage: java -jar crosscheck.jar search --project PATH QUERY [--limit N]");
        assertThat(command.run("search", "--project", project, "Kabulov", "--limit", "none")).isEqualTo(2);
        assertThat(command.run("search", "--project", project, "\"unclosed")).isEqualTo(2);
        assertThat(command.err()).contains("Cannot read the search");
    }
}
