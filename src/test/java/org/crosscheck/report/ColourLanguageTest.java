package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.crosscheck.model.chart.SourcePalette;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** One colour language: a colour means a source or a verdict, never both, and each verdict has one colour. */
class ColourLanguageTest {

    @Test
    void noSourceHasTheColourOfAVerdict() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(SourcePalette.COLOURS).as("source colours").doesNotContain(verdict.colour());
        }
        assertThat(SourcePalette.COLOURS).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::colour)).doesNotHaveDuplicates();
    }

    @Test
    void theReportReadsEachVerdictByItsKeyItsLabelOrItsName() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(Verdict.read(verdict.key())).isEqualTo(verdict);
            assertThat(Verdict.read(verdict.label())).isEqualTo(verdict);
            assertThat(Verdict.read(verdict.name())).isEqualTo(verdict);
        }
        assertThat(Verdict.read("maybe")).isNull();
        assertThat(Verdict.fromKeyOrNeutral("maybe")).isEqualTo(Verdict.DIFFERENT_SCOPE);
    }

    @Test
    void theWindowAndTheHtmlReportWriteEachVerdictInTheColourOfItsMark() throws Exception {
        String window = Files.readString(Path.of("assets/styles/crosscheck.css")).toUpperCase(Locale.ROOT);
        String html = Files.readString(Path.of("src/main/resources/org/crosscheck/report/report.css"))
                .toUpperCase(Locale.ROOT);
        for (Verdict verdict : Verdict.values()) {
            String style = ".VERDICT-" + verdict.key().toUpperCase(Locale.ROOT) + " {";
            assertThat(lineOf(window, style)).as("window " + style).contains(verdict.colour().toUpperCase(Locale.ROOT));
            assertThat(lineOf(html, style)).as("report " + style).contains(verdict.colour().toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void theHtmlReportCountsContradictionsInTheRedOfContradicts() throws Exception {
        String html = Files.readString(Path.of("src/main/resources/org/crosscheck/report/report.css"))
                .toUpperCase(Locale.ROOT);
        assertThat(lineOf(html, ".COUNTS .CONTRADICTIONS STRONG {")).contains(Verdict.CONTRADICTS.colour());
    }

    private static String lineOf(String css, String start) {
        return css.lines().filter(line -> line.startsWith(start)).findFirst().orElse("");
    }
}
