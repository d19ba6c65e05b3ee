package org.crosscheck.ui;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX-thread time of opening a generated 1 MB article with about 20,000 claims in the real
 * window (headless, Monocle) and of clicking its highlights; then the highlight work alone, the way
 * it is done now and the way it was done before ({@link FormerHighlights}, on the JavaFX thread),
 * on a peer text area in the same process. Not a test: it prints its figures, and surefire's verify
 * run leaves benchmarks out. Run with
 * {@code mvn test -Dtest=ArticleHighlightsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArticleHighlightsBenchmark extends FxRobot {

    private static final String PARAGRAPH = "Officials said 14 people were wounded and three were killed on Friday "
            + "evening in Tulsa, the county sheriff reported. \"We recovered 42 spent cartridges,\" said Lt. Maria Lopez, "
            + "a police spokeswoman. Around 250 families were moved to shelters, the mayor told KTUL. By Sunday the toll "
            + "had risen to 4. A 31-year-old woman was shot dead, Lopez said. Police arrested 2 suspects.\n\n";
    private static final String TITLE = "A long report dense with figures";
    private static final String WORKER = "crosscheck-worker";
    private static final int OPENINGS = 4;
    private static final int CLICKS = 6;
    private static final int COMPARISON = 0;
    private static final int TIMELINE = 1;

    @TempDir
    Path folder;

    private FxThreadMeter meter;
    /** The comparison group of each grouped claim, which the Comparison tab shows on a click. */
    private final Map<Long, ComparisonGroup> groups = new HashMap<>();

    @Test
    void openALongArticleAndClickItsHighlights() throws Exception {
        Path project = folder.resolve("long");
        String text = article(1_000_000);
        List<Claim> claims;
        try (Workbench workbench = Workbench.open(ProjectFile.of(project), true)) {
            Files.writeString(folder.resolve("long-report.txt"), text);
            workbench.imports().importFiles(List.of(folder.resolve("long-report.txt")), Progress.NONE);
            long id = workbench.library().summaries().stream().max(Comparator.comparingInt(SourceSummary::claimCount))
                    .orElseThrow().id();
            claims = workbench.claims().claimsOf(id);
            text = workbench.library().source(id).text();
            workbench.comparison().compare().groups().forEach(group -> group.statements()
                    .forEach(statement -> groups.put(statement.claim().id(), group)));
        }
        System.out.printf(Locale.ROOT, "article: %,d characters, %,d claims, %,d highlight segments%n", text.length(),
                claims.size(), ClaimHighlights.of(text.length(), claims).segmentCount());

        FxToolkit.registerPrimaryStage();
        meter = new FxThreadMeter();
        Application app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.toString());
        try {
            inTheWindow(text, claims);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        onAPeerTextArea(text, claims);
        meter.close();
    }

    private void inTheWindow(String text, List<Claim> claims) throws Exception {
        waitFor(() -> library().getItems().size() == 6);
        SourceSummary longOne = library().getItems().stream().filter(s -> s.claimCount() == claims.size()).findFirst()
                .orElseThrow();
        SourceSummary shortOne = library().getItems().stream().filter(s -> s != longOne).findFirst().orElseThrow();
        meter.settle(WORKER);
        long idleStart = meter.fxCpu();
        Thread.sleep(2000);
        System.out.printf(Locale.ROOT, "idle JavaFX thread (pings included): %.1f ms per second%n",
                (meter.fxCpu() - idleStart) / 2e6);

        System.out.println("In the window, Comparison tab in front (as it opens), from the library selection until "
                + "the window is quiet again:");
        for (int run = 1; run <= OPENINGS; run++) {
            open(shortOne, () -> true);
            Measure opening = measure(() -> open(longOne, () -> text().getLength() == text.length()
                    && text().getStyleOfChar(claims.get(claims.size() - 1).start()).contains(ClaimStyles.CLAIM)));
            print("open the 1 MB article, run " + run + (run == 1 ? " (first in this process)" : ""), opening);
        }
        // A click also shows the claim's comparison group, and this article's figures make groups of
        // thousands of statements, whose chart is a problem of its own. With the Timeline tab in front
        // the comparison is not reloaded after the article is opened again, so a click shows no group:
        // what is left is the article, the claims panel and the editor.
        showTab(TIMELINE);
        open(shortOne, () -> true);
        print("open the 1 MB article, Timeline tab in front", measure(() ->
                open(longOne, () -> text().getLength() == text.length())));
        System.out.println("In the window, Timeline tab in front, from the click until the window is quiet again:");
        List<Claim> onScreen = clickable(claims);
        Claim target = null;
        for (int click = 0; click < CLICKS; click++) {
            target = onScreen.get(click % 2 == 0 ? click / 2 : onScreen.size() - 1 - click / 2);
            click(target, "click a highlight, " + (click + 1));
        }
        Claim last = claims.get(claims.size() - 1);
        print("accept all its suggestions (every highlight repainted)", measure(() -> {
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            waitFor(() -> text().getStyleOfChar(last.start()).contains("status-confirmed")
                    && text().getStyleOfChar(claims.get(0).start()).contains("status-confirmed"));
        }));
        showTab(COMPARISON);
        System.out.println("The same with the Comparison tab in front, which then draws the clicked claim's group:");
        ComparisonGroup shown = groups.get(target.id());
        Claim inAnotherGroup = onScreen.stream().filter(claim -> groups.get(claim.id()) != null
                && !groups.get(claim.id()).id().equals(shown == null ? null : shown.id())).findFirst().orElseThrow();
        click(inAnotherGroup, "click a highlight whose group has " + groups.get(inAnotherGroup.id()).statements().size()
                + " statements");
    }

    private void showTab(int index) throws Exception {
        interact(() -> lookup("#bottomTabs").queryAs(TabPane.class).getSelectionModel().select(index));
        meter.settle(WORKER);
    }

    private void click(Claim target, String what) throws Exception {
        Point2D point = middleOf(target);
        moveTo(point);
        meter.settle(WORKER);
        Measure clicking = measure(() -> {
            clickOn(MouseButton.PRIMARY);
            waitFor(() -> selectedId() == target.id()
                    && text().getStyleOfChar(target.start()).contains(ClaimStyles.SELECTED));
        });
        print(what, clicking);
    }

    /** The old and the new way of painting, on a text area of the same size with the same stylesheet. */
    private void onAPeerTextArea(String text, List<Claim> claims) throws Exception {
        StyleClassedTextArea peer = WaitForAsyncUtils.asyncFx(() -> {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setWrapText(true);
            area.getStyleClass().add("article");
            Scene scene = new Scene(new VirtualizedScrollPane<>(area), 900, 700);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.THEME).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return area;
        }).get();
        Claim clicked = claims.get(3);
        int offset = (clicked.start() + clicked.end()) / 2;
        System.out.println("The highlight work alone, on a peer text area (JavaFX-thread time of the call, then "
                + "with the pulses that follow):");

        long started = System.nanoTime();
        ClaimHighlights highlights = ClaimHighlights.of(text.length(), claims);
        double sweep = millisSince(started);
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document = ArticleDocument.of(text, highlights);
        System.out.printf(Locale.ROOT, "  new, off the JavaFX thread: highlights %.0f ms, styled document %.0f ms%n",
                sweep, millisSince(started) - sweep);
        // each way with the text area's undo history as it had it: none now, RichTextFX's own before
        HighlightPainter painter = WaitForAsyncUtils.asyncFx(() -> {
            peer.setUndoManager(UndoUtils.noOpUndoManager());
            return new HighlightPainter(peer);
        }).get();
        meter.settle(WORKER);
        onFx("  new: open (clear, then put the styled document in)", () -> {
            painter.showPlain("");
            painter.showDocument(document, highlights);
        });
        onFx("  new: click (find the claim, restyle its words)", () ->
                painter.select(highlights.claimAt(offset).orElseThrow()));
        List<Claim> confirmed = claims.stream().map(claim -> claim.withStatus(ClaimStatus.CONFIRMED)).toList();
        ClaimHighlights allConfirmed = ClaimHighlights.of(text.length(), confirmed);
        List<TextRange> changed = allConfirmed.changesFrom(highlights);
        Claim last = claims.get(claims.size() - 1);
        meter.settle(WORKER);
        long cpu = meter.fxCpu();
        meter.takeLongestWait();
        WaitForAsyncUtils.asyncFx(() -> painter.repaint(allConfirmed, changed)).get();
        waitFor(() -> peer.getStyleOfChar(last.start()).contains("status-confirmed"));
        meter.settle(WORKER);
        System.out.printf(Locale.ROOT, "%-90s %8.1f ms in all, longest wait %.1f ms%n",
                "  new: every claim changed (%,d ranges), repainted a few chunks a frame".formatted(changed.size()),
                (meter.fxCpu() - cpu) / 1e6, meter.takeLongestWait() / 1e6);

        WaitForAsyncUtils.asyncFx(() -> {
            peer.replaceText("");
            peer.setUndoManager(UndoUtils.defaultUndoManager(peer));
        }).get();
        onFx("  old: open (text, then every segment filters every claim, then one setStyleSpans)", () -> {
            peer.replaceText(text);
            peer.setStyleSpans(0, FormerHighlights.spans(text.length(), claims, null));
        });
        onFx("  old: click (scan every claim, then recompute and repaint the whole article)", () ->
                peer.setStyleSpans(0, FormerHighlights.spans(text.length(), claims,
                        FormerHighlights.claimAt(claims, offset).orElseThrow())));
    }

    private void onFx(String what, Runnable work) throws Exception {
        meter.settle(WORKER);
        long cpu = meter.fxCpu();
        meter.takeLongestWait();
        double call = WaitForAsyncUtils.asyncFx(() -> {
            long started = System.nanoTime();
            work.run();
            return millisSince(started);
        }).get();
        meter.settle(WORKER);
        System.out.printf(Locale.ROOT, "%-90s %8.1f ms call, %8.1f ms with pulses%n", what, call,
                (meter.fxCpu() - cpu) / 1e6);
    }

    /**
     * Opens an article as a plain click on its row does: the library's selection becomes that row
     * alone. Not {@code select(summary)}: the library allows a multiple selection (for the story
     * commands), so select adds the row to the selection, and for a row already selected it does
     * nothing at all; after run 1 both articles were selected and run 2 could never open the short one.
     */
    private void open(SourceSummary summary, Callable<Boolean> shown) {
        interact(() -> library().getSelectionModel().clearAndSelect(library().getItems().indexOf(summary)));
        waitFor(() -> title().equals(summary.title()) && shown.call());
    }

    private Measure measure(Runnable action) throws Exception {
        meter.settle(WORKER);
        long cpu = meter.fxCpu();
        long collecting = collectingMillis();
        meter.takeLongestWait();
        long started = System.nanoTime();
        action.run();
        double shown = millisSince(started);
        meter.settle(WORKER);
        return new Measure((meter.fxCpu() - cpu) / 1e6, meter.takeLongestWait() / 1e6, shown,
                collectingMillis() - collecting);
    }

    private record Measure(double fxCpuMillis, double longestWaitMillis, double shownAfterMillis, long gcMillis) {
    }

    private static void print(String what, Measure measure) {
        System.out.printf(Locale.ROOT, "  %-52s JavaFX thread busy %7.1f ms; longest wait for it %6.1f ms; "
                + "shown after %7.0f ms; garbage collection %4d ms%n", what, measure.fxCpuMillis(),
                measure.longestWaitMillis(), measure.shownAfterMillis(), measure.gcMillis());
    }

    /** Pauses for garbage collection stop every thread, the JavaFX thread too, without using its CPU. */
    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Claims whose middle is on screen and covered by no other claim, so a click there means them. */
    private List<Claim> clickable(List<Claim> claims) {
        List<Claim> found = new ArrayList<>();
        for (int i = 0; i < claims.size() && found.size() < 40; i++) {
            Claim claim = claims.get(i);
            int middle = (claim.start() + claim.end()) / 2;
            boolean alone = claims.subList(Math.max(0, i - 5), Math.min(claims.size(), i + 6)).stream()
                    .noneMatch(other -> other != claim && other.overlaps(claim.start(), claim.end()));
            if (alone && boundsOf(middle) != null) {
                found.add(claim);
            }
        }
        return found;
    }

    private Point2D middleOf(Claim claim) {
        Bounds bounds = boundsOf((claim.start() + claim.end()) / 2);
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    /** Null unless the character is in the article's viewport (the text area also lays out lines just outside it). */
    private Bounds boundsOf(int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Bounds viewport = text().getParent().localToScreen(text().getParent().getBoundsInLocal());
                Bounds character = text().getCharacterBoundsOnScreen(offset, offset + 1).orElse(null);
                return character != null && viewport.contains(character.getCenterX(), character.getCenterY())
                        ? character : null;
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(1, TimeUnit.MINUTES, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("the window did not get there in a minute", e);
        }
    }

    private static String article(int characters) {
        StringBuilder text = new StringBuilder(TITLE + "\n\n");
        while (text.length() < characters) {
            text.append(PARAGRAPH);
        }
        return text.toString();
    }

    private long selectedId() {
        Claim claim = claimList().getSelectionModel().getSelectedItem();
        return claim == null ? 0 : claim.id();
    }

    private String title() {
        return lookup("#articleTitle").queryAs(Label.class).getText();
    }

    private StyleClassedTextArea text() {
        return lookup("#articleText").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }
}
