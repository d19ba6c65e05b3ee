package org.crosscheck.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosscheck.service.ImportReport;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;

/**
 * The comparison on news its rules were not written for: every report of the GVA dev incidents
 * with two or more reports, dropped into one project as a researcher would drop a folder, then
 * scored against the incidents (see {@link CorpusComparisonScore}). Prints its figures; run with
 * {@code mvn test -Dtest=CorpusComparisonBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CorpusComparisonBenchmark {

    @Test
    void devIncidentsInOneProject() throws Exception {
        Optional<GvaCorpus> corpus = GvaCorpus.dev(2);
        if (corpus.isEmpty()) {
            System.out.println("No GVA data under " + GvaCorpus.benchdata().toAbsolutePath() + ": nothing to measure.");
            return;
        }
        System.out.println(run(corpus.get(), "all dev incidents with 2+ reports"));
    }

    static String run(GvaCorpus corpus, String what) throws Exception {
        Path work = Files.createTempDirectory("crosscheck-gva");
        Path folder = work.resolve("reports");
        corpus.writeTo(folder);
        long started = System.nanoTime();
        try (Workbench workbench = Workbench.open(ProjectFile.of(work.resolve("gva")), false)) {
            ImportReport imported = workbench.imports().importFiles(List.of(folder), Progress.NONE);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            long scored = System.nanoTime();
            CorpusComparisonScore score = CorpusComparisonScore.of(corpus, workbench);
            return String.format(java.util.Locale.ROOT, "== GVA comparison, %s ==%n%d reports (%d imported, %d already there)"
                            + " in %.1f s, scored in %.1f s%n%s", what, corpus.reportCount(), imported.imported().size(),
                    imported.duplicates().size(), importSeconds, (System.nanoTime() - scored) / 1e9, score.card());
        }
    }
}
