package org.crosscheck.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the extractor on one thread: the BBC News 2004–2005 articles in
 * {@code ${crosscheck.benchdata}/bbc-news-2004-2005} (default ../shared/benchdata) when present,
 * else a generated corpus of news-like sentences. Prints MB/s (of UTF-16 text, counted as
 * characters) and the claims found. Run with
 * {@code mvn -B test -Dtest=ExtractorBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (an explicit -Dtest
 * overrides the surefire exclude of *Benchmark). Timed after five warm-up rounds, best of five. The files named
 * in the folder's {@code heldout.list} are held out for evaluation and are never opened, not even for timing.
 */
class ExtractorBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 5;

    @Test
    void measuresThroughputOnOneThread() throws IOException {
        List<String> corpus = corpus();
        long characters = corpus.stream().mapToLong(String::length).sum();
        Extractor extractor = Extractor.withDefaults();
        LocalDate published = LocalDate.of(2005, 1, 1);
        int claims = 0;
        for (String text : corpus) {
            claims += extractor.extract(text, published).suggestions(1).size();
        }
        for (int round = 1; round < WARM_UP_ROUNDS; round++) {
            corpus.forEach(text -> extractor.extract(text, published)); // let the JIT compile the hot paths
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (String text : corpus) {
                extractor.extract(text, published);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        double megabytes = characters / 1e6;
        System.out.printf("%n== Extractor throughput ==%n%d documents, %.1f MB; best of %d rounds %.0f ms: %.1f MB/s on one thread; "
                + "%d quantity claims suggested%n", corpus.size(), megabytes, ROUNDS, best / 1e6, megabytes / (best / 1e9), claims);
    }

    /**
     * The corpus as one file against as its many files, in the same process: extraction that is
     * linear in an article's length takes about as long either way (target: one file ≤ 1.5 × the files).
     */
    @Test
    void oneFileOfTheWholeCorpusTakesAboutAsLongAsItsFiles() throws IOException {
        List<String> corpus = corpus();
        String oneFile = String.join("\n\n", corpus);
        Extractor extractor = Extractor.withDefaults();
        LocalDate published = LocalDate.of(2005, 1, 1);
        for (int round = 0; round < 2; round++) {
            corpus.forEach(text -> extractor.extract(text, published));
            extractor.extract(oneFile, published);
        }
        long files = Long.MAX_VALUE;
        long single = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            corpus.forEach(text -> extractor.extract(text, published));
            files = Math.min(files, System.nanoTime() - start);
            start = System.nanoTime();
            extractor.extract(oneFile, published);
            single = Math.min(single, System.nanoTime() - start);
        }
        System.out.printf("%n== One file against many ==%n%d documents, %.1f MB: as %d files %.2f s, as one file %.2f s; "
                + "ratio %.2f (target ≤ 1.5)%n", corpus.size(), oneFile.length() / 1e6, corpus.size(), files / 1e9,
                single / 1e9, (double) single / files);
    }

    private static List<String> corpus() throws IOException {
        Path bbc = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"), "bbc-news-2004-2005");
        if (!Files.isDirectory(bbc)) {
            System.out.println("BBC corpus not found at " + bbc.toAbsolutePath() + "; using a generated corpus");
            return generated();
        }
        Set<String> heldOut = heldOut(bbc);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bbc)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt") && !path.getFileName().toString().startsWith("README"))
                    .filter(path -> !heldOut.contains(key(bbc, path))).sorted().toList()) {
                texts.add(decode(Files.readAllBytes(file)));
            }
        }
        System.out.println(heldOut.size() + " held-out files skipped");
        return texts;
    }

    /** The held-out files as "folder/number" (the form of heldout.list: "business/027"). */
    private static Set<String> heldOut(Path bbc) throws IOException {
        Path list = bbc.resolve("heldout.list");
        if (!Files.exists(list)) {
            return Set.of();
        }
        return Files.readAllLines(list).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.endsWith(".txt") ? line.substring(0, line.length() - 4) : line).collect(Collectors.toSet());
    }

    private static String key(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".txt".length());
    }

    /** UTF-8, or Latin-1 for the odd file that is not (one BBC file writes "£" as a single byte). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        }
    }

    private static List<String> generated() {
        String[] sentences = {
            "Officials said on Thursday that about 2,000 to 3,000 militants were in the country.",
            "The company reported profits of $4.5bn last year, up 12% from 2003.",
            "More than 25 missiles were fired into Syria on Wednesday, CNN reported.",
            "In April, nearly 3,500 fighters crossed the border, according to a U.S. official.",
            "Several hundred people gathered in the capital for three days of protests.",
            "The minister told reporters the plan would cost as many as 10,000 jobs over the next decade.",
        };
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int document = 0; document < 2_000; document++) {
            StringBuilder text = new StringBuilder("Headline number ").append(document).append("\n\n");
            for (int sentence = 0; sentence < 20; sentence++) {
                text.append(sentences[random.nextInt(sentences.length)]).append(sentence % 4 == 3 ? "\n\n" : " ");
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
