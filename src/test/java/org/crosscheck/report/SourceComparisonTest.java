package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crosscheck.compare.Grouper;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TimeReference;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class SourceComparisonTest {

    /** 120 statements from 60 sources: each source gives its figure twice, and the figures fall into two camps. */
    private static ComparisonGroup large() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long source = i % 60;
            double figure = source % 2 == 0 ? 3000 : 10_000;
            Claim claim = new Claim(1000 + i, source, 0, 10, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED,
                    ClaimOrigin.EXTRACTED, "Islamic State", "Speaker " + source, "", "Afghanistan", TimeReference.NONE,
                    new Quantity(figure, figure, "", "fighters", "fighters"), Set.of(), "");
            statements.add(new Statement(claim, "Source " + source, "", FuzzyDate.day(LocalDate.of(2017, 1, 1)
                    .plusDays(source)), "figure " + i, false));
        }
        return Grouper.group(statements, GroupEdits.NONE).get(0);
    }

    @Test
    void aGroupComparedBySourcesSaysSoAndListsOnlyTheVerdictsThatAreNotAgreement() {
        ComparisonGroup group = large();

        String summary = SourceComparison.summary(group);

        assertThat(group.comparedBySources()).isTrue();
        assertThat(summary).startsWith("Compared by sources: 120 statements from 60 sources are too many to compare "
                + "every pair (7,140 pairs). One statement per source and figure stands for its source (60 in all)")
                .contains("next 10 of other sources in time", group.verdicts().size() + " verdicts: ");
        assertThat(SourceComparison.listed(group)).isNotEmpty().noneMatch(pair -> pair.verdict() == Verdict.AGREES);
        long agreeing = group.verdicts().stream().filter(pair -> pair.verdict() == Verdict.AGREES).count();
        assertThat(summary).contains(agreeing + " agrees");
    }

    @Test
    void theReportCarriesTheSummaryAboveTheListedVerdicts() throws Exception {
        ComparisonGroup group = large();

        ReportDocument document = ReportBuilder.build(new ReportInput("Large", LocalDate.of(2024, 3, 1), "All groups",
                List.of(group), java.util.Map.of(group.id(), org.crosscheck.compare.SummaryBySource.of(group)), List.of(),
                List.of()));

        GroupSection section = document.groups().get(0);
        assertThat(section.comparison()).isEqualTo(SourceComparison.summary(group));
        assertThat(section.verdicts()).hasSize(SourceComparison.listed(group).size());
        try (PDDocument pdf = Loader.loadPDF(new PdfReportWriter().write(document))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Compared by sources: 120 statements from 60 sources");
        }
    }

    @Test
    void aSmallGroupIsNotSummarised() {
        ComparisonGroup group = Grouper.group(large().statements().subList(0, 10), GroupEdits.NONE).get(0);

        assertThat(SourceComparison.summary(group)).isEmpty();
        assertThat(SourceComparison.listed(group)).isEqualTo(group.verdicts()).hasSize(45);
        assertThat(group.verdicts()).extracting(PairVerdict::verdict).contains(Verdict.AGREES);
    }
}
