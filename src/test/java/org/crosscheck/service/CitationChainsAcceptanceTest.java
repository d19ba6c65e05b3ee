package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.compare.Origins;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Origin;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.store.ProjectFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "done when", from the import of the sample: the fighters group is four independent
 * origins, Kabulov's words reach us through Interfax and RIA Novosti, and the report says so.
 */
class CitationChainsAcceptanceTest {

    private static final String FIGHTERS = "Islamic State · fighters · Afghanistan";

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void importTheSample() {
        workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ComparisonGroup fighters() {
        return workbench.comparison().compare().groups().stream().filter(group -> group.name().equals(FIGHTERS))
                .findFirst().orElseThrow();
    }

    @Test
    void theImportSavesEveryClaimsChainSoNoComparisonReadsTheTextsAgainForThem() {
        long claims = workbench.database().inTransaction("count the claims",
                transaction -> new org.crosscheck.store.ClaimRepository().all(transaction)).size();
        java.util.Map<Long, org.crosscheck.model.CitationChain> saved = workbench.database().inTransaction(
                "read the chains", transaction -> new org.crosscheck.store.CitationChainRepository().all(transaction));

        // before any comparison ran: the import itself saved them
        assertThat(saved).hasSize((int) claims);
        assertThat(saved.values()).extracting(org.crosscheck.model.CitationChain::speaker).contains("Alexander Bortnikov");
    }

    @Test
    void theFightersGroupIsFourIndependentOriginsOfTenStatementsInFiveArticles() {
        ComparisonGroup fighters = fighters();

        assertThat(fighters.origins()).extracting(Origin::name).containsExactlyInAnyOrder(
                "Zamir Kabulov", "Russian military staff", "Afghan intelligence officials", "Alexander Bortnikov");
        assertThat(fighters.evidence()).isEqualTo("10 statements · 5 articles · 4 independent origins");
        Origin kabulov = fighters.origins().stream().filter(o -> o.name().equals("Zamir Kabulov")).findFirst()
                .orElseThrow();
        assertThat(kabulov.statements()).as("his two articles and RT's headline").hasSize(5);
    }

    @Test
    void kabulovsChainRunsThroughInterfaxAndRiaNovostiAndTheDescribedOfficialIsBortnikov() {
        List<String> chains = fighters().statements().stream().map(s -> s.chain().describe()).toList();

        assertThat(chains).contains("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News",
                "Zamir Kabulov → RIA Novosti → RT", "Alexander Bortnikov → RT");
        Statement described = fighters().statements().stream()
                .filter(s -> s.claim().speaker().equals("A top Russian security official")).findFirst().orElseThrow();
        assertThat(described.chain().speaker()).isEqualTo("Alexander Bortnikov");
    }

    @Test
    void aVerdictBetweenTwoStatementsOfOneOriginIsASelfRevisionNotCorroboration() {
        ComparisonGroup fighters = fighters();
        PairVerdict kabulovAgainstHimself = fighters.verdicts().stream().filter(pair ->
                fighters.statements().get(pair.a()).quote().equals("nearly 3,500 ISIS-linked jihadists")
                        && fighters.statements().get(pair.b()).quote().equals("as many as 10,000 troops")).findFirst()
                .orElseThrow();

        assertThat(kabulovAgainstHimself.reason()).endsWith("same origin: both Zamir Kabulov, a self-revision");
        assertThat(Origins.pairsByVerdict(fighters).values().stream().mapToInt(Integer::intValue).sum())
                .as("pairs of the four origins").isEqualTo(6);
    }

    @Test
    void aChainEditedByHandIsUndoneAndKeptThroughARescan() {
        Claim claim = fighters().statements().stream().filter(s -> s.quote().equals("nearly 3,500 ISIS-linked jihadists"))
                .findFirst().orElseThrow().claim();

        workbench.chains().edit(claim.id(), "Zamir Kabulov", "Interfax");
        assertThat(workbench.chains().chainOf(claim.id()).describe()).isEqualTo("Zamir Kabulov → Interfax → Breitbart News");
        workbench.suggestions().rescan(claim.sourceId(), Progress.NONE);
        assertThat(workbench.chains().chainOf(claim.id()).describe()).as("after a re-scan")
                .isEqualTo("Zamir Kabulov → Interfax → Breitbart News");
        assertThat(fighters().statements().stream().filter(s -> s.claim().id() == claim.id()).findFirst().orElseThrow()
                .chain().edited()).isTrue();

        while (!workbench.history().undo().orElseThrow().equals("Edit the citation chain")) {
            // the re-scan's own step, if it changed anything, goes first
        }
        assertThat(workbench.chains().chainOf(claim.id()).describe())
                .isEqualTo("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News");
    }

    @Test
    void undoingTheDeletionOfAClaimGivesItBackItsHandSetChain() {
        Claim claim = fighters().statements().stream().filter(s -> s.quote().equals("nearly 3,500 ISIS-linked jihadists"))
                .findFirst().orElseThrow().claim();
        workbench.chains().edit(claim.id(), "Zamir Kabulov", "TASS");

        workbench.claims().delete(claim.id());
        assertThat(fighters().statements()).noneMatch(s -> s.claim().id() == claim.id());
        assertThat(workbench.history().undo()).contains("Delete claim");

        assertThat(workbench.chains().chainOf(claim.id()).describe()).isEqualTo("Zamir Kabulov → TASS → Breitbart News");
        Statement back = fighters().statements().stream().filter(s -> s.claim().id() == claim.id()).findFirst()
                .orElseThrow();
        assertThat(back.chain().edited()).as("still the researcher's, kept through re-scans").isTrue();
        assertThat(back.chain().describe()).isEqualTo("Zamir Kabulov → TASS → Breitbart News");
        workbench.history().redo();
        assertThat(fighters().statements()).noneMatch(s -> s.claim().id() == claim.id());
    }

    @Test
    void aSpeakerConfirmedForADescriptionSpeaksForItThroughoutItsArticle() {
        Statement described = fighters().statements().stream()
                .filter(s -> s.claim().speaker().equals("A top Russian security official")).findFirst().orElseThrow();

        workbench.chains().edit(described.claim().id(), "Nikolai Patrushev", "");

        assertThat(fighters().statements().stream().filter(s -> s.claim().sourceId() == described.claim().sourceId()
                && s.claim().speaker().equals("A top Russian security official")))
                .allMatch(s -> s.chain().speaker().equals("Nikolai Patrushev"));
        assertThat(fighters().origins()).extracting(Origin::name).contains("Nikolai Patrushev");
        workbench.history().undo();
        assertThat(fighters().origins()).extracting(Origin::name).doesNotContain("Nikolai Patrushev");
    }

    @Test
    void theReportShowsTheChainsTheOriginsAndCountsByOrigin() throws Exception {
        Path html = workbench.reports().export(ReportScope.groups(List.of(FIGHTERS)), folder.resolve("report.html"));
        var page = Jsoup.parse(Files.readString(html));

        assertThat(page.select("p.counts-line").first().text()).startsWith("10 statements · 5 articles · 4 independent origins");
        assertThat(page.select("ul.origins li").eachText()).hasSize(4)
                .anyMatch(line -> line.startsWith("Zamir Kabulov: 5 statements in 2 articles"));
        assertThat(page.select("td.speaker").eachText()).contains("Zamir Kabulov → RIA Novosti → RT");
        assertThat(page.select("p.by-origin").text()).startsWith("By independent origin:");
    }

    @Test
    void theReportGivesTheGradesOfTheOriginsTheResearcherGraded() throws Exception {
        workbench.grades().set(org.crosscheck.model.SourceGrade.Party.SPEAKER, "Kabulov", "C3"); // his short name
        workbench.grades().set(org.crosscheck.model.SourceGrade.Party.SPEAKER, "Alexander Bortnikov", "B2");

        Path html = workbench.reports().export(ReportScope.groups(List.of(FIGHTERS)), folder.resolve("report.html"));

        List<String> origins = Jsoup.parse(Files.readString(html)).select("ul.origins li").eachText();
        assertThat(origins).anyMatch(line -> line.startsWith("Zamir Kabulov (graded C3): 5 statements in 2 articles"))
                .anyMatch(line -> line.startsWith("Alexander Bortnikov (graded B2): "))
                .anyMatch(line -> line.startsWith("Russian military staff: ")); // not graded: no grade said
    }

    @Test
    void kabulovsTrackRecordShowsHisFiguresOf2015And2017InOrder() {
        TrackRecord kabulov = workbench.comparison().trackRecords().stream()
                .filter(record -> record.name().equals("Zamir Kabulov")).findFirst().orElseThrow();

        assertThat(kabulov.kind()).isEqualTo(TrackRecord.Kind.SPEAKER);
        assertThat(kabulov.entries()).extracting(entry -> entry.holdsFor().date().getYear())
                .isSorted().startsWith(2015).endsWith(2017);
        assertThat(kabulov.entries().get(0).statement().quote()).isEqualTo("nearly 3,500 ISIS-linked jihadists");
        assertThat(kabulov.entries()).extracting(entry -> entry.statement().quote()).contains("over 10,000 loyal fighters");
        assertThat(kabulov.entries().get(0).revisedLater()).as("he gave a higher figure later").isTrue();
        assertThat(kabulov.articles()).isEqualTo(2);
        assertThat(workbench.comparison().trackRecords()).anyMatch(record -> record.name().equals("Interfax")
                && record.kind() == TrackRecord.Kind.OUTLET);
    }
}
