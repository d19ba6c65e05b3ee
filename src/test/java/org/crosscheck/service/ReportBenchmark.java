package org.crosscheck.service;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the PDF report of a 10,000-article project, timed (target ≤ 20 s). The project is
 * the BBC News 2004–2005 articles of {@code ${crosscheck.benchdata}/bbc-news-2004-2005} (default
 * ../shared/benchdata) copied until there are 10,000, each copy with a line added so none is a
 * duplicate, and each round of copies imported with a later publication date. It is made once in
 * {@code target/report-benchmark/} and reused, since the import is not what is timed. The files
 * named in the folder's {@code heldout.list} are held out for evaluation and never opened. Run with
 * {@code mvn -o test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the report is
 * kept as {@code target/report-benchmark/report.pdf} to be looked at.
 */
class ReportBenchmark {

    private static final int ARTICLES = 10_000;
    /** The first run is what a fresh {@code report} command meets; the second shows the JIT's share. */
    private static final int RUNS = Integer.getInteger("crosscheck.reportbench.runs", 2);
    /** Where the project is kept between runs; another checkout may point here to time the same project. */
    private static final Path FOLDER = Path.of(System.getProperty("crosscheck.reportbench", "target/report-benchmark"));

    @Test
    void reportOfTenThousandArticles() throws IOException {
        Path bbc = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"), "bbc-news-2004-2005");
        Assumptions.assumeTrue(Files.isDirectory(bbc), "BBC corpus not found at " + bbc.toAbsolutePath());
        ProjectFile project = ProjectFile.of(FOLDER.resolve("bbc-10k"));
        if (!Files.exists(FOLDER.resolve("bbc-10k.mv.db"))) {
            build(bbc, project);
        }
        startJavaFx();
        try (Workbench workbench = Workbench.openForReading(project)) {
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                long cpuStart = processCpu();
                List<ComparisonGroup> groups = workbench.comparison().compare().groups();
                double compare = seconds(start);
                long reportStart = System.nanoTime();
                byte[] pdf = workbench.reports().pdf(ReportScope.allGroups());
                double report = seconds(reportStart);
                double cpu = (processCpu() - cpuStart) / 1e9;
                Files.write(FOLDER.resolve("report.pdf"), pdf);
                long verdicts = groups.stream().mapToLong(group -> group.verdicts().size()).sum();
                int largest = groups.stream().mapToInt(group -> group.statements().size()).max().orElse(0);
                System.out.printf("%nReport %d: %.1f s in all (comparison %.1f s, then report %.1f s; %.1f s of CPU), "
                                + "%.1f MB; %,d groups, %,d statements, largest group %d, %,d verdicts (target ≤ 20 s)%n",
                        run, compare + report, compare, report, cpu, pdf.length / 1e6, groups.size(),
                        groups.stream().mapToInt(group -> group.statements().size()).sum(), largest, verdicts);
            }
        }
    }

    /** Imports the corpus copied to 10,000 articles, one round of copies per publication date. */
    private static void build(Path bbc, ProjectFile project) throws IOException {
        List<String> texts = corpus(bbc);
        Path articles = Files.createDirectories(FOLDER.resolve("articles"));
        List<Path> rounds = new ArrayList<>();
        for (int index = 0; index < ARTICLES; index++) {
            int round = index / texts.size();
            if (round == rounds.size()) {
                rounds.add(Files.createDirectories(articles.resolve("round" + round)));
            }
            // the number makes every copy a new text, also of the few articles the corpus itself holds twice
            String text = texts.get(index % texts.size()) + "\n\nCopy " + round + " of this article (benchmark article "
                    + index + ").\n";
            Files.writeString(rounds.get(round).resolve("article" + index + ".txt"), text);
        }
        long start = System.nanoTime();
        try (Workbench workbench = Workbench.open(project, false)) {
            for (int round = 0; round < rounds.size(); round++) {
                workbench.imports().importFiles(List.of(rounds.get(round)),
                        FuzzyDate.day(LocalDate.of(2004, 1, 1).plusDays(90L * round)), Progress.NONE);
            }
            System.out.printf("Built the project: %,d articles, %,d claims, in %.1f s%n",
                    workbench.library().summaries().size(), workbench.claims().allClaims().size(), seconds(start));
        }
    }

    private static List<String> corpus(Path bbc) throws IOException {
        Set<String> heldOut = heldOut(bbc);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bbc)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt"))
                    .filter(path -> !path.getFileName().toString().startsWith("README"))
                    .filter(path -> !heldOut.contains(key(bbc, path))).sorted().toList()) {
                texts.add(decode(Files.readAllBytes(file)));
            }
        }
        return texts;
    }

    /** The held-out files as "folder/number" (the form of heldout.list: "business/027"). */
    private static Set<String> heldOut(Path bbc) throws IOException {
        Path list = bbc.resolve("heldout.list");
        if (!Files.exists(list)) {
            return Set.of();
        }
        return Files.readAllLines(list).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.endsWith(".txt") ? line.substring(0, line.length() - 4) : line)
                .collect(Collectors.toSet());
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

    /** The report draws its HTML pictures with JavaFX; the PDF needs no toolkit, but the service may. */
    private static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test of this run
        }
    }

    /** CPU time of the whole process, so a loaded machine's waiting shows apart from the work. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
