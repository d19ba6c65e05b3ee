package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.service.SpeakerIdentityService.CrossProposal;
import org.crosscheck.store.CitationChainRepository;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The exports say the speaker the window says once the researcher answered, in Tags › Speakers and
 * identities…, that "a top Russian security official" of the 2018 article is Zamir Kabulov of
 * another: the claims table's chain, the verdicts table's reasons, the REFI-QDA selection's
 * description and the JSON project's chain, which restores without the answer baked into it.
 */
class SpeakerAnswersInExportsTest {

    private static final String FIGHTERS = "Islamic State · fighters · Afghanistan";
    private static final String DESCRIBED = "A top Russian security official";

    @TempDir
    Path folder;

    private Workbench workbench;
    private Claim official;

    @BeforeEach
    void answerThatTheOfficialIsKabulov() {
        workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true);
        SpeakerIdentityService speakers = workbench.speakerIdentities();
        speakers.reject(speakers.identities().stream().filter(i -> i.written().equals(DESCRIBED)).findFirst()
                .orElseThrow()); // not Bortnikov of its own article …
        speakers.confirm(cross()); // … but Kabulov of another
        official = workbench.claims().allClaims().stream().filter(claim -> claim.speaker().equals(DESCRIBED))
                .findFirst().orElseThrow();
        assertThat(workbench.chains().chainOf(official.id()).describe()).as("as the window has it")
                .isEqualTo("Zamir Kabulov → RT");
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theClaimsTableGivesTheOfficialsChainFromKabulov() throws IOException {
        List<CSVRecord> rows = csv(workbench.exports().claimsCsv(folder.resolve("claims.csv"), Progress.NONE).file());

        String quote = official.textIn(workbench.library().source(official.sourceId()).text());
        CSVRecord row = rows.stream().filter(r -> r.get("quote").equals(quote) && r.get("speaker").equals(DESCRIBED))
                .findFirst().orElseThrow();
        assertThat(row.get("chain")).isEqualTo("Zamir Kabulov → RT");
        assertThat(row.get("speaker")).as("the claim's own field, as written").isEqualTo(DESCRIBED);
    }

    @Test
    void theVerdictsTableCallsThePairOfTheOfficialAndKabulovTheSameOriginAsTheWindowDoes() throws IOException {
        List<CSVRecord> rows = csv(workbench.exports().verdictsCsv(folder.resolve("verdicts.csv"), Progress.NONE).file());

        ComparisonGroup fighters = workbench.comparison().compare().groups().stream()
                .filter(group -> group.name().equals(FIGHTERS)).findFirst().orElseThrow();
        List<String> window = new ArrayList<>();
        for (PairVerdict pair : fighters.verdicts()) {
            Statement a = fighters.statements().get(pair.a());
            Statement b = fighters.statements().get(pair.b());
            window.add(a.quote() + " | " + b.quote() + " | " + pair.reason());
        }
        List<String> exported = rows.stream().filter(r -> r.get("group").equals(FIGHTERS))
                .map(r -> r.get("quote A") + " | " + r.get("quote B") + " | " + r.get("reason")).toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(window);
        String quote = official.textIn(workbench.library().source(official.sourceId()).text());
        assertThat(exported).anyMatch(row -> row.contains(quote) && row.contains("same origin: both Zamir Kabulov"));
    }

    @Test
    void theClaimReviewOfTheOfficialsFigureNamesKabulovItsAuthor() throws IOException {
        // only what the researcher looked at is reviewed, against what else they looked at
        workbench.comparison().compare().groups().stream().filter(group -> group.name().equals(FIGHTERS)).findFirst()
                .orElseThrow().statements().forEach(statement -> workbench.claims().confirm(statement.claim().id()));
        Path file = workbench.exports().claimReview(folder.resolve("reviews.jsonld"), "Jane Doe", Progress.NONE).file();

        String quote = official.textIn(workbench.library().source(official.sourceId()).text());
        List<JsonNode> authors = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).path("@graph").forEach(review -> {
            if (review.path("claimReviewed").asText().equals(quote)) {
                authors.add(review.path("itemReviewed").path("author"));
            }
        });
        assertThat(authors).hasSize(1);
        assertThat(authors.get(0).path("name").asText()).isEqualTo("Zamir Kabulov");
        assertThat(authors.get(0).path("@type").asText()).isEqualTo("Person");
    }

    @Test
    void theRefiQdaSelectionOfTheOfficialDescribesTheChainFromKabulov() {
        Path file = workbench.qdpxExport().export(folder.resolve("sample.qdpx"), Progress.NONE);

        String quote = official.textIn(workbench.library().source(official.sourceId()).text());
        List<String> descriptions = new QdpxContents(file).assertValid().all("//q:PlainTextSelection").stream()
                .filter(selection -> selection.getAttribute("name").equals(quote))
                .map(selection -> selection.getElementsByTagNameNS("*", "Description").item(0).getTextContent())
                .toList();
        assertThat(descriptions).isNotEmpty().allMatch(text -> text.endsWith("chain: Zamir Kabulov → RT"));
    }

    @Test
    void theJsonProjectGivesKabulovAsTheSpeakerAndRestoresTheAnswerOnlyOnce() throws Exception {
        Path file = workbench.projectExport().export(folder.resolve("sample.json"), Progress.NONE);
        JsonNode chain = claimInFile(file, official.id()).path("chain");
        assertThat(chain.path("speaker").asText()).isEqualTo("Zamir Kabulov");
        assertThat(chain.path("speakerInArticle").asText()).isEqualTo(DESCRIBED);
        assertThat(fitsTheSchema(file)).isEmpty();
        workbench.close();

        workbench = Workbench.open(TestProjects.at(folder.resolve("restored")), false);
        workbench.projectImport().restore(file, Progress.NONE);
        Claim restored = workbench.claims().allClaims().stream().filter(claim -> claim.speaker().equals(DESCRIBED))
                .findFirst().orElseThrow();
        assertThat(workbench.database().inTransaction("the saved chain", t -> new CitationChainRepository()
                .find(t, restored.id())).orElseThrow().speaker()).as("saved as its article has it").isEqualTo(DESCRIBED);
        assertThat(workbench.chains().chainOf(restored.id()).describe()).isEqualTo("Zamir Kabulov → RT");
        Path again = workbench.projectExport().export(folder.resolve("again.json"), Progress.NONE);
        assertThat(claimInFile(again, restored.id()).path("chain")).isEqualTo(chain);

        workbench.speakerIdentities().keepApart(cross());
        assertThat(workbench.chains().chainOf(restored.id()).speaker()).as("the answer, not the chain, made him Kabulov")
                .isEqualTo(DESCRIBED);
    }

    private CrossProposal cross() {
        return workbench.speakerIdentities().acrossArticles().stream()
                .filter(p -> p.speaker().equals(DESCRIBED) && p.otherSpeaker().equals("Zamir Kabulov")).findFirst()
                .orElseThrow();
    }

    private static JsonNode claimInFile(Path file, long claimId) throws IOException {
        for (JsonNode claim : new ObjectMapper().readTree(file.toFile()).path("claims")) {
            if (claim.path("id").asLong() == claimId) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + claimId + " in " + file);
    }

    private static List<String> fitsTheSchema(Path file) throws IOException {
        try (InputStream in = ProjectFormat.class.getResourceAsStream(ProjectFormat.SCHEMA)) {
            ObjectMapper json = new ObjectMapper();
            return SchemaSubset.problems(json.readTree(in), json.readTree(file.toFile()));
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1); // past the byte order mark
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords();
        }
    }
}
