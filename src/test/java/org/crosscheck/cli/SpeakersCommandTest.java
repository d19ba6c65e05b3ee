package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} gives each group its origins and each statement its chain; {@code speakers} gives track records. */
class SpeakersCommandTest {

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(command.out());
    }

    @Test
    void compareGivesTheFightersGroupFourOriginsAndKabulovsChain() throws Exception {
        String project = folder.resolve("news").toString();
        command.run("import", "--project", project, "seeds");

        assertThat(command.run("compare", "--project", project)).isZero();

        JsonNode fighters = json().path("groups").get(0);
        assertThat(fighters.path("evidence").asText()).isEqualTo("10 statements · 5 articles · 4 independent origins");
        assertThat(fighters.path("origins").findValuesAsText("name")).containsExactlyInAnyOrder("Zamir Kabulov",
                "Russian military staff", "Afghan intelligence officials", "Alexander Bortnikov");
        int members = 0;
        for (JsonNode origin : fighters.path("origins")) {
            members += origin.path("statements").size();
        }
        assertThat(members).as("every statement in one origin").isEqualTo(fighters.path("statements").size());
        List<String> chains = new ArrayList<>();
        fighters.path("statements").forEach(statement -> chains.add(statement.path("chain").path("text").asText()));
        assertThat(chains).contains("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News",
                "Zamir Kabulov → RIA Novosti → RT");
        JsonNode first = fighters.path("statements").get(0).path("chain");
        assertThat(first.path("carriers").isArray()).isTrue();
        assertThat(first.path("edited").asBoolean()).isFalse();
    }

    @Test
    void speakersGivesKabulovsFiguresOverTheYearsInOrder() throws Exception {
        String project = folder.resolve("news").toString();
        command.run("import", "--project", project, "seeds");

        assertThat(command.run("speakers", "--project", project)).isZero();

        JsonNode kabulov = null;
        for (JsonNode speaker : json().path("speakers")) {
            if (speaker.path("name").asText().equals("Zamir Kabulov")) {
                kabulov = speaker;
            }
        }
        assertThat(kabulov).isNotNull();
        assertThat(kabulov.path("kind").asText()).isEqualTo("speaker");
        List<String> holdsFor = kabulov.path("statements").findValuesAsText("holdsFor");
        assertThat(holdsFor.get(0)).startsWith("2015");
        assertThat(holdsFor.get(holdsFor.size() - 1)).startsWith("2017");
        assertThat(holdsFor).isSorted();
        assertThat(kabulov.path("revisedLater").asInt()).isPositive();
        assertThat(kabulov.path("grade").isNull()).as("nobody graded him or his articles").isTrue();
        assertThat(kabulov.path("gradeFrom").isNull()).isTrue();
    }

    @Test
    void speakersGivesTheSpeakersOwnGradeAndSaysWhereEachGradeComesFrom() throws Exception {
        Path project = folder.resolve("graded");
        try (org.crosscheck.service.Workbench workbench = org.crosscheck.service.Workbench.open(
                org.crosscheck.store.ProjectFile.of(project), true)) {
            workbench.grades().set(org.crosscheck.model.SourceGrade.Party.SPEAKER, "Zamir Kabulov", "C3");
            workbench.grades().set(org.crosscheck.model.SourceGrade.Party.OUTLET, "Interfax", "B2");
        }

        assertThat(command.run("speakers", "--project", project.toString())).isZero();

        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        json().path("speakers").forEach(speaker -> byName.put(speaker.path("name").asText(), speaker));
        assertThat(byName.get("Zamir Kabulov").path("grade").asText()).isEqualTo("C3");
        assertThat(byName.get("Zamir Kabulov").path("gradeFrom").asText()).isEqualTo("speaker");
        assertThat(byName.get("Interfax").path("grade").asText()).isEqualTo("B2");
        assertThat(byName.get("Interfax").path("gradeFrom").asText()).isEqualTo("outlet");
        assertThat(byName.get("Alexander Bortnikov").path("grade").isNull()).isTrue();
    }

    @Test
    void compareAndSpeakersFollowTheAnswerThatTheDescribedOfficialIsKabulovOfAnotherArticle() throws Exception {
        Path project = folder.resolve("answered");
        String described = "A top Russian security official";
        String quote;
        try (org.crosscheck.service.Workbench workbench = org.crosscheck.service.Workbench.open(
                org.crosscheck.store.ProjectFile.of(project), true)) {
            var speakers = workbench.speakerIdentities();
            speakers.reject(speakers.identities().stream().filter(i -> i.written().equals(described)).findFirst()
                    .orElseThrow()); // not Bortnikov of its own article …
            speakers.confirm(speakers.acrossArticles().stream().filter(p -> p.speaker().equals(described)
                    && p.otherSpeaker().equals("Zamir Kabulov")).findFirst().orElseThrow()); // … but Kabulov
            org.crosscheck.model.Claim official = workbench.claims().allClaims().stream()
                    .filter(claim -> claim.speaker().equals(described)).findFirst().orElseThrow();
            quote = official.textIn(workbench.library().source(official.sourceId()).text());
        }

        assertThat(command.run("compare", "--project", project.toString())).isZero();
        JsonNode fighters = json().path("groups").get(0);
        assertThat(fighters.path("evidence").asText()).endsWith("4 independent origins");
        assertThat(fighters.path("origins").findValuesAsText("name")).contains("Zamir Kabulov").doesNotContain(described);
        List<String> officialsChains = new ArrayList<>();
        fighters.path("statements").forEach(statement -> {
            if (statement.path("text").asText().equals(quote)) {
                officialsChains.add(statement.path("chain").path("text").asText());
            }
        });
        assertThat(officialsChains).containsExactly("Zamir Kabulov → RT");

        assertThat(command.run("speakers", "--project", project.toString())).isZero();
        List<String> names = new ArrayList<>();
        JsonNode kabulov = null;
        for (JsonNode speaker : json().path("speakers")) {
            names.add(speaker.path("name").asText());
            if (speaker.path("name").asText().equals("Zamir Kabulov")) {
                kabulov = speaker;
            }
        }
        assertThat(names).doesNotContain(described);
        assertThat(kabulov.path("statements").findValuesAsText("text")).contains(quote);
    }
}
