package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ClaimReview export of the sample, read back as a Jackson tree: its JSON-LD keys and whom it reviews. */
class ClaimReviewExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void everyConfirmedStatementWithAVerdictOtherThanAgreesGetsOneReviewAndNoOtherDoes() throws IOException {
        try (Workbench workbench = reviewedSample()) {
            Exports.Exported exported = workbench.exports().claimReview(folder.resolve("reviews.jsonld"), "Jane Doe",
                    Progress.NONE);

            JsonNode root = JSON.readTree(exported.file().toFile());
            assertThat(root.path("@context").asText()).isEqualTo("https://schema.org");
            List<JsonNode> reviews = StreamSupport.stream(root.path("@graph").spliterator(), false).toList();
            assertThat(reviews).hasSize((int) exported.count()).isNotEmpty();
            assertThat(reviews.stream().map(review -> review.path("claimReviewed").asText()).toList())
                    .containsExactlyInAnyOrderElementsOf(expectedQuotes(workbench.comparison().compare().groups()));
            for (JsonNode review : reviews) {
                assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
                assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
                assertThat(review.path("itemReviewed").path("appearance").path("headline").asText()).isNotBlank();
                assertThat(review.path("reviewRating").path("@type").asText()).isEqualTo("Rating");
                assertThat(review.path("reviewRating").path("alternateName").asText()).isNotBlank();
                assertThat(review.path("author").path("@type").asText()).isEqualTo("Person");
                assertThat(review.path("author").path("name").asText()).isEqualTo("Jane Doe");
                assertThat(review.path("datePublished").asText()).isEqualTo(LocalDate.now().toString());
            }
        }
    }

    @Test
    void aReviewSaysInWordsWhoContradictsItAndNamesTheSpeakerAndTheArticle() throws IOException {
        try (Workbench workbench = reviewedSample()) {
            JsonNode root = JSON.readTree(workbench.exports().claimReview(folder.resolve("reviews.jsonld"), "Jane Doe",
                    Progress.NONE).file().toFile());

            JsonNode nearly = review(root, "nearly 3,500 ISIS-linked jihadists");
            assertThat(nearly.path("itemReviewed").path("author").path("@type").asText()).isEqualTo("Person");
            assertThat(nearly.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Zamir Kabulov");
            JsonNode article = nearly.path("itemReviewed").path("appearance");
            assertThat(article.path("publisher").path("name").asText()).isEqualTo("Breitbart News");
            assertThat(article.path("datePublished").asText()).isEqualTo("2015-12-23");
            assertThat(nearly.path("reviewRating").path("alternateName").asText())
                    .startsWith("Changed over time compared with 3 other sources: RT, 2017-12-23: "
                            + "“as many as 10,000 troops”");
            assertThat(nearly.path("reviewBody").asText()).contains("set by the researcher: years apart");
            assertThat(nearly.path("about").path("name").asText()).isEqualTo("ISIS fighters (hand-named)");

            JsonNode asMany = review(root, "as many as 10,000 troops");
            assertThat(asMany.path("reviewRating").path("alternateName").asText())
                    .startsWith("Contradicted by 1 other source: Edited Outlet, 2017-06: “in the hundreds”");

            JsonNode hundreds = review(root, "in the hundreds");
            assertThat(hundreds.path("itemReviewed").path("author").path("@type").asText()).isEqualTo("Organization");
            assertThat(hundreds.path("itemReviewed").path("appearance").path("url").asText())
                    .isEqualTo("https://example.org/a");
        }
    }

    @Test
    void aProjectWithNothingConfirmedExportsAnEmptyGraph() throws IOException {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            Exports.Exported exported = workbench.exports().claimReview(folder.resolve("none.jsonld"), "Jane Doe",
                    Progress.NONE);

            assertThat(exported.count()).isZero();
            assertThat(JSON.readTree(exported.file().toFile()).path("@graph").isArray()).isTrue();
            assertThat(JSON.readTree(exported.file().toFile()).path("@graph")).isEmpty();
        }
    }

    @Test
    void theResearcherNameIsTheUserNameUntilOneIsSavedWithTheProjectAndAReadOnlyProjectKeepsNone() {
        ProjectLocation project = TestProjects.at(folder.resolve("sample"));
        try (Workbench workbench = Workbench.open(project, true)) {
            assertThat(workbench.exports().researcherName()).isEqualTo(System.getProperty("user.name"));
            workbench.exports().rememberResearcherName("  Jane Doe ");
        }
        try (Workbench workbench = Workbench.openForReading(project)) {
            assertThat(workbench.exports().researcherName()).isEqualTo("Jane Doe");
            workbench.exports().rememberResearcherName("Someone Else");
            assertThat(workbench.exports().researcherName()).isEqualTo("Jane Doe");
        }
    }

    /** The hand-edited sample with every statement of the fighters group confirmed but the one it rejects. */
    private Workbench reviewedSample() {
        Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true);
        HandEditedSample.edit(workbench);
        ComparisonGroup fighters = workbench.comparison().compare().groups().stream()
                .filter(group -> group.name().equals("ISIS fighters (hand-named)")).findFirst().orElseThrow();
        fighters.statements().forEach(statement -> workbench.claims().confirm(statement.claim().id()));
        return workbench;
    }

    /** Worked out from the pairs: a confirmed statement with any verdict but agrees against another confirmed one. */
    private static List<String> expectedQuotes(List<ComparisonGroup> groups) {
        List<String> quotes = new java.util.ArrayList<>();
        for (ComparisonGroup group : groups) {
            Set<Integer> reviewed = new HashSet<>();
            for (PairVerdict pair : group.verdicts()) {
                Statement a = group.statements().get(pair.a());
                Statement b = group.statements().get(pair.b());
                if (pair.verdict() != Verdict.AGREES && confirmed(a) && confirmed(b)) {
                    reviewed.add(pair.a());
                    reviewed.add(pair.b());
                }
            }
            reviewed.stream().sorted().forEach(index -> quotes.add(group.statements().get(index).quote()));
        }
        assertThat(quotes).doesNotContain("Several hundred fighters", "only 8,400 troops");
        return quotes;
    }

    private static boolean confirmed(Statement statement) {
        return statement.claim().status() == ClaimStatus.CONFIRMED;
    }

    private static JsonNode review(JsonNode root, String quote) {
        return StreamSupport.stream(root.path("@graph").spliterator(), false)
                .filter(review -> review.path("claimReviewed").asText().equals(quote)).findFirst().orElseThrow();
    }
}
