package org.crosscheck.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Launcher;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window ready — the main window mapped with the library filled — against a bare JavaFX window
 * started in the same run, each in a process of its own on a real display (Xvfb will do), turn
 * about so the machine's noise falls on both. The window's time is the line Crosscheck logs when
 * it is ready. Also on a large project when {@code -Dcrosscheck.bench.project=PATH} names one
 * (bench/make-10k-project.sh builds the 10,000-article one).
 *
 * <pre>DISPLAY=:99 mvn test -Dtest=WindowReadyBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class WindowReadyBenchmark {

    private static final Pattern READY = Pattern.compile("window ready on .* after (\\d+) ms");
    private static final Pattern MAPPED = Pattern.compile(Pattern.quote(BareWindow.MAPPED) + "(\\d+) ms");
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void windowReadyAgainstABareJavaFxWindow() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run under Xvfb with DISPLAY set");
        ProjectFile sample = ProjectFile.of(folder.resolve("sample"));
        Workbench.open(sample, true).close();
        List<Long> bare = new ArrayList<>();
        List<Long> onSample = new ArrayList<>();
        start(BareWindow.class.getName(), List.of(), MAPPED); // the first start of a JVM warms the disk cache
        for (int round = 0; round < ROUNDS; round++) {
            bare.add(start(BareWindow.class.getName(), List.of(), MAPPED));
            onSample.add(start(Launcher.class.getName(), List.of("--project", sample.databaseFile().toString()), READY));
        }
        System.out.printf(Locale.ROOT, "== window ready ==%nbare JavaFX window: median %d ms %s%n"
                + "Crosscheck on the sample: median %d ms %s%nratio of medians: %.2f (target <= 1.5)%n",
                median(bare), bare, median(onSample), onSample, (double) median(onSample) / median(bare));
        String large = System.getProperty("crosscheck.bench.project");
        if (large != null && !large.isBlank()) {
            List<Long> onLarge = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                onLarge.add(start(Launcher.class.getName(), List.of("--project", large), READY));
            }
            System.out.printf(Locale.ROOT, "Crosscheck on %s: median %d ms %s (target <= 3000)%n",
                    Path.of(large).getFileName(), median(onLarge), onLarge);
        }
    }

    /** Starts a main class in a JVM of its own and returns the time it reports, then ends it. */
    private long start(String mainClass, List<String> arguments, Pattern report) throws Exception {
        Path data = Files.createTempDirectory(folder, "data");
        Path output = data.resolve("output.txt");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("XDG_DATA_HOME", data.toString()); // so crosscheck.log is here
        Process process = builder.start();
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                for (Path file : List.of(output, data.resolve("crosscheck").resolve("crosscheck.log"))) {
                    Matcher matcher = report.matcher(read(file));
                    if (matcher.find()) {
                        return Long.parseLong(matcher.group(1));
                    }
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(mainClass + " ended without saying it was ready: " + read(output));
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(mainClass + " was not ready within 2 minutes: " + read(output));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
