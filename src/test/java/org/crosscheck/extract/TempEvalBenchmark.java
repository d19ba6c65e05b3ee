package org.crosscheck.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates against the public yardstick: the TempEval-3 platinum test set (20 news articles with
 * gold TIMEX3 values; HeidelTime, the best system of the task, reached value F1 77.61). Reads the
 * data from {@code ${crosscheck.benchdata}/tempeval3-platinum/gold} (default ../shared/benchdata);
 * the data is research material and is never copied into this repository.
 */
class TempEvalBenchmark {

    @Test
    void scoresTheTempEval3PlatinumSet() throws IOException {
        Path gold = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"), "tempeval3-platinum", "gold");
        assumeTrue(Files.isDirectory(gold), "TempEval-3 platinum set not found at " + gold.toAbsolutePath());
        Extractor extractor = Extractor.withDefaults();
        TempEvalScorer.Counts counts = new TempEvalScorer.Counts();
        boolean verbose = Boolean.getBoolean("crosscheck.verbose");
        List<Path> files;
        try (Stream<Path> listing = Files.list(gold)) {
            files = listing.filter(file -> file.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path file : files) {
            TimeMl document = TimeMl.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<TimeMl.Timex> found = TempEvalScorer.timexesOf(extractor.extract(document.text(), document.created()));
            counts.add(document.timexes(), found);
            if (verbose) {
                printDifferences(file, document, found);
            }
        }
        System.out.printf("%n== TempEval-3 platinum (%d documents), relaxed match x exact value ==%n%s%n"
                + "  HeidelTime value F1 77.61 for reference%n", files.size(), counts.report());
    }

    private static void printDifferences(Path file, TimeMl document, List<TimeMl.Timex> found) {
        String text = document.text();
        for (TimeMl.Timex expected : document.timexes()) {
            TimeMl.Timex match = found.stream().filter(timex -> timex.overlaps(expected)).findFirst().orElse(null);
            if (match == null || !match.value().equals(expected.value())) {
                System.out.printf("%s  gold \"%s\" %s %s | found %s%n", file.getFileName(), text.substring(expected.start(), expected.end()),
                        expected.type(), expected.value(),
                        match == null ? "-" : "\"" + text.substring(match.start(), match.end()) + "\" " + match.value());
            }
        }
        for (TimeMl.Timex extra : found) {
            if (document.timexes().stream().noneMatch(timex -> timex.overlaps(extra))) {
                System.out.printf("%s  extra \"%s\" %s%n", file.getFileName(), text.substring(extra.start(), extra.end()), extra.value());
            }
        }
    }
}
