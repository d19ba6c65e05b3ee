package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Figures;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison report of the sample project, end to end: built from the project, read back. */
class SampleReportTest {

    private static final String FIGHTERS = "Islamic State · fighters · Afghanistan";

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theCoverIsTitledByWhatItComparesAndItsCountsAgreeWithTheLibrary() {
        org.crosscheck.report.ReportDocument report = workbench.reports().build(ReportScope.groups(List.of(FIGHTERS)));
        int libraryClaims = workbench.library().summaries().stream().mapToInt(summary -> summary.claimCount()).sum();

        org.crosscheck.report.Cover cover = report.cover();
        assertThat(cover.title()).isEqualTo(FIGHTERS).isNotEqualTo(cover.projectName());
        assertThat(cover.projectClaims()).as("the claims the library counts").isEqualTo(libraryClaims);
        assertThat(cover.provenance()).contains("of the project's " + libraryClaims + " claims")
                .contains(cover.confirmed() + " were confirmed by the researcher");
        assertThat(cover.contradictingPairs()).as("pairs of sources, not of statements").isEqualTo(3)
                .isLessThan(cover.contradictions());
        assertThat(report.appendix()).allMatch(source -> source.claimsShown().matches("\\d+ of \\d+"));
        assertThat(report.groups().get(0).bySource()).as("one row per source, first in the section").hasSize(5);
        assertThat(report.groups().get(0).counts()).startsWith("10 statements · 5 articles · 4 independent origins · 3 pairs contradict");
    }

    @Test
    void thePdfHoldsEveryStatementOfTheFightersGroupItsVerdictsAndTheSources() throws Exception {
        Path pdf = workbench.reports().export(ReportScope.groups(List.of(FIGHTERS)), folder.resolve("report.pdf"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // no ligatures: "fighters" comes back out as the letters it was written with, so a search finds it
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(FIGHTERS);
            ComparisonGroup group = fighters();
            for (Statement statement : group.statements()) {
                assertThat(text).contains(statement.quote().replaceAll("\\s+", " "));
                if (!statement.claim().speaker().isBlank()) {
                    assertThat(text).contains(statement.claim().speaker().split(" ")[0]);
                }
                assertThat(text).contains(Figures.of(statement.claim().quantity()).split(" \\(")[0]);
            }
            group.verdicts().stream().map(v -> v.verdict().label()).distinct()
                    .forEach(word -> assertThat(text).contains(word));
            assertThat(text).contains("Appendix: sources", "ISIS has over 10,000 fighters in Afghanistan",
                    "Russia is cooperating with the Taliban");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theChartsRowLabelsReadWholeInThePdf() throws Exception {
        Path pdf = workbench.reports().export(ReportScope.groups(List.of(FIGHTERS)), folder.resolve("chart.pdf"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("· A top Russian security official ○", "Breitbart News · Zamir Kabulov ○");
        }
    }

    @Test
    void whyThePairsContradictNamesThemAsTheCountsDo() throws Exception {
        Path pdf = workbench.reports().export(ReportScope.groups(List.of(FIGHTERS)), folder.resolve("why.pdf"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int cd = text.indexOf("C Circa × D RT contradict");
            int ce = text.indexOf("C Circa × E “ISIS amasses 5,000 fighters” contradict");
            int de = text.indexOf("D RT × E “ISIS amasses 5,000 fighters” contradict");
            assertThat(List.of(cd, ce, de)).as("C × D, C × E, D × E, in that order").allMatch(at -> at >= 0);
            assertThat(cd).isLessThan(ce);
            assertThat(ce).isLessThan(de);
        }
    }

    @Test
    void theHtmlReportHoldsTheSameStatementsWithItsPicturesInside() throws Exception {
        Path html = workbench.reports().export(ReportScope.allGroups(), folder.resolve("report.html"));

        Document page = Jsoup.parse(Files.readString(html));
        for (Statement statement : fighters().statements()) {
            assertThat(page.text()).contains(statement.quote());
        }
        assertThat(page.select("img")).isNotEmpty().allMatch(img -> img.attr("src").startsWith("data:image/svg+xml;base64,"));
        assertThat(page.text()).contains(Verdict.CONTRADICTS.label());
    }

    @Test
    void aGroupThatDoesNotExistIsNamedInTheMessage() {
        assertThatThrownBy(() -> workbench.reports().build(ReportScope.groups(List.of("Martians"))))
                .hasMessageContaining("No group is called “Martians”");
    }

    private ComparisonGroup fighters() {
        return workbench.comparison().compare().groups().stream().filter(g -> g.name().equals(FIGHTERS))
                .findFirst().orElseThrow();
    }
}
