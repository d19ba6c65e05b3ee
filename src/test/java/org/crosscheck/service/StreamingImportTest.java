package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.extract.Extractor;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import streams its files: bounded read-ahead, batches saved as it goes, and threads change no claim. */
class StreamingImportTest {

    @TempDir
    Path folder;

    @Test
    void theWorkRunsNoFurtherAheadOfTheConsumerThanItsWindowWhateverTheNumberOfInputs() {
        for (int inputs : new int[] {50, 5_000}) {
            AtomicInteger started = new AtomicInteger();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < inputs; i++) {
                numbers.add(i);
            }
            int taken = 0;
            try (OrderedWork<Integer, Integer> work = new OrderedWork<>(numbers, number -> {
                started.incrementAndGet();
                return number * 2;
            }, 4, 10)) {
                while (work.hasNext()) {
                    assertThat(work.next()).isEqualTo(taken * 2);
                    taken++;
                    assertThat(started.get()).isLessThanOrEqualTo(taken + 10);
                }
            }
            assertThat(taken).isEqualTo(inputs);
        }
    }

    @Test
    void articlesAreSavedWhileLaterFilesAreStillToBeRead() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        int files = ImportEdit.SOURCES_PER_BATCH * 2 + 50;
        for (int i = 0; i < files; i++) {
            Files.writeString(articles.resolve(String.format("a%04d.txt", i)), article(i));
        }
        List<String> said = new ArrayList<>();
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(articles), (done, total, what) -> said.add(what));

            assertThat(report.imported()).hasSize(files);
            assertThat(workbench.history().nextUndo()).contains("Import " + files + " files");
        }
        int firstSaved = indexOf(said, "Saved ", 0);
        int lastRead = said.size() - 1 - indexOf(reversed(said), "Reading ", 0);
        assertThat(firstSaved).as("the first article is saved before the last file is read").isLessThan(lastRead);
        assertThat(said.subList(0, firstSaved)).filteredOn(what -> what.startsWith("Reading "))
                .hasSize(ImportEdit.SOURCES_PER_BATCH);
    }

    @Test
    void articlesPreparedOnManyThreadsGiveExactlyTheClaimsOfOneThread() {
        Extractor extractor = Extractor.withDefaults();
        List<ArticlePreparation.Input> inputs = new ArrayList<>();
        for (SampleArticles.Entry entry : SampleArticles.readSample()) {
            inputs.add(new ArticlePreparation.Input(Path.of("sample", entry.file()),
                    SampleArticles.sampleBytes(entry.file()), entry.metadata()));
        }
        for (int i = 0; i < 300; i++) {
            inputs.add(new ArticlePreparation.Input(Path.of("generated-" + i + ".txt"),
                    article(i).getBytes(StandardCharsets.UTF_8), null));
        }
        List<String> oneThread = prepared(extractor, inputs, 1);
        List<String> manyThreads = prepared(extractor, inputs, 8);

        assertThat(oneThread).hasSize(inputs.size()).allMatch(claims -> !claims.isBlank());
        assertThat(manyThreads).containsExactlyElementsOf(oneThread);
    }

    /** Each article as text: its claims with their contexts, and its story terms. */
    private static List<String> prepared(Extractor extractor, List<ArticlePreparation.Input> inputs, int threads) {
        Set<String> known = ConcurrentHashMap.newKeySet();
        ArticlePreparation preparation = new ArticlePreparation(extractor, FuzzyDate.day(java.time.LocalDate.of(2016, 3, 4)), known);
        List<String> found = new ArrayList<>();
        try (OrderedWork<ArticlePreparation.Input, PreparedArticle> work =
                     new OrderedWork<>(inputs, preparation::prepare, threads, 16)) {
            while (work.hasNext()) {
                PreparedArticle article = work.next();
                found.add(article.source() + "\n" + article.extraction().suggestions(1) + "\n" + article.contexts()
                        + "\n" + article.terms());
            }
        }
        return found;
    }

    private static String article(int i) {
        String[] places = {"Springfield", "Kabul", "Chicago", "Leeds", "Marseille"};
        String place = places[i % places.length];
        return "Fire in " + place + " number " + i + "\n\n"
                + "At least " + (i % 40 + 3) + " people were injured and " + (i % 7 + 1) + " were killed in a fire in "
                + place + " on Sunday, police said. About " + (i * 37 % 2_000 + 100) + " residents were evacuated "
                + "last month, according to Mayor John Smith" + i + ". \"We saw nearly " + (i % 90 + 10)
                + " fire engines,\" said Anna Lee, 34. The damage was put at $" + (i % 9 + 1) + " million.\n";
    }

    private static int indexOf(List<String> said, String prefix, int from) {
        for (int i = from; i < said.size(); i++) {
            if (said.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> reversed(List<String> said) {
        List<String> copy = new ArrayList<>(said);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
