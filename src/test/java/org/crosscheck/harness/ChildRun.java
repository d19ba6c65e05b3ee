package org.crosscheck.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@link EditSession} in a process of its own, killed with SIGKILL
 * ({@link ProcessHandle#destroyForcibly}) as a crash would end it: no shutdown hook, no closing
 * of the database. Its standard output is read as it comes, so that the lines printed
 * before the kill are all kept.
 */
final class ChildRun {

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();
    private final long started = System.nanoTime();
    private Integer exitedByItself;
    private volatile IOException unread;

    private ChildRun(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "edit-session-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a session on the classpath of this JVM; its standard error goes to {@code log}. */
    static ChildRun start(Path project, Path articles, long seed, int round, long firstNote, Path log) {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                EditSession.class.getName(), project.toString(), articles.toString(), String.valueOf(seed),
                String.valueOf(round), String.valueOf(firstNote));
        try {
            return new ChildRun(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an edit session", e);
        }
    }

    /** Waits until the session printed a line starting so (or ended, or the time is up). */
    void awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (lines.stream().noneMatch(line -> line.startsWith(prefix)) && process.isAlive()
                    && System.currentTimeMillis() < end) {
                lines.wait(20);
            }
        }
    }

    /** Kills the session after so many milliseconds since it started, unless it ended by itself. */
    void killAt(long millisSinceStart) throws InterruptedException {
        long wait = millisSinceStart - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (wait > 0 && process.waitFor(wait, TimeUnit.MILLISECONDS)) {
            exitedByItself = process.exitValue();
        }
        killNow();
    }

    void killNow() throws InterruptedException {
        if (exitedByItself == null && !process.isAlive()) {
            exitedByItself = process.exitValue();
        }
        // SIGKILL through the handle: Process.destroyForcibly would also close our end of its output,
        // and the lines still in the pipe (edits it had reported) would be lost to the ledger
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join(10_000); // the pipe closes with the process; what it printed before is read to the end
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Why the output could not be read to its end, or null when every line it printed was read. */
    String unreadOutput() {
        if (reader.isAlive()) {
            return "still being read 10 s after the kill";
        }
        return unread == null ? null : String.valueOf(unread);
    }

    /** The exit code when the session ended before it was killed (an error), else null. */
    Integer exitedByItself() {
        return exitedByItself;
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Only whole lines count: one cut short by the kill was not reported, whatever it began to say. */
    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                synchronized (lines) {
                    lines.add(line.toString());
                    lines.notifyAll();
                }
                line.setLength(0);
            }
        } catch (IOException e) {
            unread = e; // lines the session printed may be missing: the round cannot be judged
        }
    }
}
