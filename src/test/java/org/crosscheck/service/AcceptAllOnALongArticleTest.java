package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Accept all" on a long article full of figures, and its undo. Each claim saved forgot the chains
 * read of its whole article again (with a subquery H2 ran once per chain row) and read the alias
 * table again, so an article of 18,767 claims held the worker thread for minutes and the window
 * showed the suggestions unconfirmed all that time; now each article's chains are forgotten once and
 * the table read once, and it takes about 8 s here. The limit is far above that, only so that a
 * return to the old way (over 120 s) fails instead of hanging.
 */
class AcceptAllOnALongArticleTest {

    private static final String PARAGRAPH = "Officials said 14 people were wounded and three were killed on Friday "
            + "evening in Tulsa, the county sheriff reported. \"We recovered 42 spent cartridges,\" said Lt. Maria Lopez, "
            + "a police spokeswoman. Around 250 families were moved to shelters, the mayor told KTUL. By Sunday the toll "
            + "had risen to 4. A 31-year-old woman was shot dead, Lopez said. Police arrested 2 suspects.\n\n";

    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void everySuggestionOfALongArticleIsConfirmedAndUndoneInOneStep() throws Exception {
        StringBuilder text = new StringBuilder("A long report dense with figures\n\n");
        while (text.length() < 600_000) {
            text.append(PARAGRAPH);
        }
        Files.writeString(folder.resolve("long-report.txt"), text);
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("project")), false)) {
            workbench.imports().importFiles(List.of(folder.resolve("long-report.txt")), Progress.NONE);
            long article = workbench.library().summaries().get(0).id();
            int suggested = workbench.claims().claimsOf(article).size();
            assertThat(suggested).isGreaterThan(10_000);

            assertThat(workbench.claims().acceptAll(article)).isEqualTo(suggested);
            assertThat(workbench.claims().claimsOf(article)).extracting(Claim::status).containsOnly(ClaimStatus.CONFIRMED);

            workbench.history().undo();
            assertThat(workbench.claims().claimsOf(article)).extracting(Claim::status).containsOnly(ClaimStatus.SUGGESTED);
        }
    }
}
