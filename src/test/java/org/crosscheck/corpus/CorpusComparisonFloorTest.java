package org.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floors for the comparison on real local news: the first 100 GVA dev incidents with two or more
 * reports in one project. Read from ../shared when it is there, skipped with a message otherwise.
 * The floors sit a little under what was measured; they may only rise.
 */
class CorpusComparisonFloorTest {

    private static final int INCIDENTS = 100;
    private static final double STORY_F1_FLOOR = 0.89;
    private static final double LINKED_FLOOR = 0.88;
    private static final double TOLL_FOUND_FLOOR = 0.89;
    private static final double PURE_FLOOR = 0.97;

    private static CorpusComparisonScore score;

    @BeforeAll
    static void importTheSlice(@TempDir Path work) throws Exception {
        Optional<GvaCorpus> corpus = GvaCorpus.dev(2);
        if (corpus.isEmpty()) {
            System.out.println("CorpusComparisonFloorTest skipped: no GVA data under "
                    + GvaCorpus.benchdata().toAbsolutePath());
            return;
        }
        GvaCorpus slice = corpus.get().first(INCIDENTS);
        Path folder = work.resolve("reports");
        slice.writeTo(folder);
        try (Workbench workbench = Workbench.open(ProjectFile.of(work.resolve("slice")), false)) {
            workbench.imports().importFiles(List.of(folder), Progress.NONE);
            score = CorpusComparisonScore.of(slice, workbench);
        }
        System.out.println("== GVA comparison floor slice ==\n" + score.card());
        assertThat(Files.exists(folder)).isTrue();
    }

    @Test
    void articlesOfOneIncidentFormOneStory() {
        assumeTrue(score != null, "no GVA data");
        assertThat(score.storyF1()).isGreaterThanOrEqualTo(STORY_F1_FLOOR);
    }

    @Test
    void reportsOfAnIncidentMeetInACasualtyGroup() {
        assumeTrue(score != null, "no GVA data");
        assertThat(score.linked()).isGreaterThanOrEqualTo(LINKED_FLOOR);
    }

    @Test
    void theIncidentsTollIsAStatementOfItsRole() {
        assumeTrue(score != null, "no GVA data");
        assertThat(score.tollFound()).isGreaterThanOrEqualTo(TOLL_FOUND_FLOOR);
    }

    @Test
    void groupsAcrossReportsStayWithinOneIncident() {
        assumeTrue(score != null, "no GVA data");
        assertThat(score.pure()).isGreaterThanOrEqualTo(PURE_FLOOR);
    }
}
