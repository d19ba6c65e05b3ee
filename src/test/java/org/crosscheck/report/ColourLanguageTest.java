package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.crosscheck.chart.SourcePalette;
import org.crosscheck.chart.VerdictKind;
import org.junit.jupiter.api.Test;

/** One colour language: a colour means a source or a verdict, never both, and each verdict has one colour. */
class ColourLanguageTest {

    @Test
    void noSourceHasTheColourOfAVerdict() {
        for (VerdictKind kind : VerdictKind.values()) {
            assertThat(SourcePalette.COLOURS).as("source colours").doesNotContain(kind.colour());
        }
        assertThat(SourcePalette.COLOURS).doesNotHaveDuplicates();
        assertThat(Arrays.stream(VerdictKind.values()).map(VerdictKind::colour)).doesNotHaveDuplicates();
    }

    @Test
    void theReportPrintsEachVerdictInTheColourOfItsMark() {
        for (VerdictKind kind : VerdictKind.values()) {
            VerdictWord word = VerdictWord.of(kind.key());
            assertThat(word.cssColor()).isEqualToIgnoringCase(kind.colour());
        }
    }

    @Test
    void theWindowAndTheHtmlReportWriteEachVerdictInTheColourOfItsMark() throws Exception {
        String window = Files.readString(Path.of("assets/styles/crosscheck.css")).toUpperCase(Locale.ROOT);
        String html = Files.readString(Path.of("src/main/resources/org/crosscheck/report/report.css"))
                .toUpperCase(Locale.ROOT);
        for (VerdictKind kind : VerdictKind.values()) {
            String style = ".VERDICT-" + kind.key().toUpperCase(Locale.ROOT) + " {";
            assertThat(lineOf(window, style)).as("window " + style).contains(kind.colour().toUpperCase(Locale.ROOT));
            assertThat(lineOf(html, style)).as("report " + style).contains(kind.colour().toUpperCase(Locale.ROOT));
        }
    }

    private static String lineOf(String css, String start) {
        return css.lines().filter(line -> line.startsWith(start)).findFirst().orElse("");
    }
}
