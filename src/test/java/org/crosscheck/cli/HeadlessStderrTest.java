package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's commands as a shell runs them, each in a process of its own (the JavaFX warnings this
 * is about come once per process, so they cannot be seen inside the tests' own JVM).
 */
class HeadlessStderrTest {

    @TempDir
    Path folder;

    @Test
    void commandsThatDrawPrintNoJavaFxWarningAndAMistypedCommandOpensNoWindow() throws Exception {
        Path project = folder.resolve("p");
        assertThat(launch("import", "--project", project.toString(), "seeds").exit()).isZero();

        Run timeline = launch("timeline", "--project", project.toString(), "--out", folder.resolve("t.png").toString());
        assertThat(timeline.exit()).isZero();
        assertThat(timeline.err()).startsWith("Wrote ").doesNotContain("WARNING", "JavaFX", "javafx");

        Run compare = launch("compare", "--project", project.toString());
        assertThat(compare.exit()).isZero();
        assertThat(compare.err()).isEmpty();

        // no DISPLAY is given: a window would fail loudly; a mistyped command must not try
        Run mistyped = launch("exprot", "--project", project.toString());
        assertThat(mistyped.exit()).isEqualTo(2);
        assertThat(mistyped.err()).contains("unknown command exprot", "Usage:").doesNotContain("DISPLAY", "Exception");

        Run version = launch("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("crosscheck ");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.crosscheck.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString()); // its log, not the user's
        builder.redirectOutput(folder.resolve("out.txt").toFile());
        builder.redirectError(folder.resolve("err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("crosscheck " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
