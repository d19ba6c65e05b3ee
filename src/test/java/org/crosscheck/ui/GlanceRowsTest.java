package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.compare.SummaryBySource;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's fighters group at a glance, as the Comparison tab shows it. */
class GlanceRowsTest {

    @TempDir
    Path folder;

    @Test
    void theFightersGroupReadsAsFiveSourcesTheirFiguresAndWhichPairsContradict() {
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            ComparisonGroup fighters = workbench.comparison().compare().groups().stream()
                    .filter(group -> group.name().equals("Islamic State · fighters · Afghanistan")).findFirst()
                    .orElseThrow();
            ColourSlots colours = workbench.sourceColours().slots();
            GroupAtAGlance glance = SummaryBySource.of(fighters);

            List<GlanceRows.Row> rows = GlanceRows.rows(fighters, glance, colours);

            assertThat(rows).hasSize(5);
            assertThat(rows).extracting(GlanceRows.Row::said).as("in the order they were said")
                    .containsExactly("2015-10-08", "2015-12-23", "2017-06-19", "2017-12-23", "2018-05");
            assertThat(rows).extracting(GlanceRows.Row::colour).doesNotHaveDuplicates();
            GlanceRows.Row rt = rows.get(3);
            assertThat(rt.source()).isEqualTo("D  RT");
            assertThat(rt.figure()).contains("≥ 10,000 ×");
            assertThat(rt.statements()).as("its statements, one click away").hasSizeGreaterThan(1)
                    .allMatch(statement -> statement.statement() >= 0);
            assertThat(rows.get(0).source()).isEqualTo("A  \u201cIslamic State group training\u201d");
            assertThat(GlanceRows.counts(glance)).startsWith(fighters.statements().size() + " statements · 5 articles · "
                    + glance.origins().size() + " independent origins · " + glance.contradictingPairs()
                    + " pairs contradict (" + glance.contradictingLetters() + ") · ");
            assertThat(glance.contradictingPairs()).isLessThan(fighters.contradictions());
            assertThat(GlanceRows.why(glance)).hasSize((int) glance.contradictingPairs())
                    .allMatch(line -> line.contains(" × ") && line.contains("far apart"));
            assertThat(GlanceRows.why(glance)).as("the pairs as the counts name them, in their order")
                    .extracting(line -> line.charAt(0) + " × " + line.charAt(line.indexOf(" × ") + 3))
                    .containsExactly(glance.contradictingLetters().replace('\u00a0', ' ').split(", "));
        }
    }
}
