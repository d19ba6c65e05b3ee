package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.GeneratedTimeline;
import org.crosscheck.model.chart.DaySpan;
import org.crosscheck.model.chart.TimelineDrawing;
import org.crosscheck.report.ChartPicture;
import org.crosscheck.model.chart.TimeScale;
import org.crosscheck.model.chart.TimelineGeometry;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelineLayout;
import org.crosscheck.model.chart.TimelinePainter;
import org.crosscheck.model.chart.TimelinePublication;
import org.crosscheck.model.LaneMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Lays out and redraws 100,000 generated items and prints the times. Not a test (it asserts
 * nothing and surefire's verify run excludes it); run it with
 * {@code mvn -B test -Dtest=TimelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The redraw time is the FX-thread cost of one {@link TimelinePainter#paint}; rasterising the
 * recorded canvas commands happens later on the render thread and is timed separately through
 * a snapshot.
 */
class TimelineBenchmark {

    private static final int ITEMS = 100_000;
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;
    private static final int WARM_UP = 20;
    private static final int FRAMES = 100;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void layOutAndRedrawAHundredThousandItems() {
        List<TimelineItem> items = GeneratedTimeline.items(ITEMS);
        List<TimelinePublication> publications = GeneratedTimeline.publications();
        TimelineGeometry geometry = TimelineGeometry.STANDARD;
        TimeScale probe = new TimeScale(0, 1);
        TimelineLayout firstLayout = TimelineLayout.compute(items, publications, LaneMode.SOURCE, probe);
        DaySpan extent = firstLayout.extent().orElseThrow();
        TimeScale fitted = TimeScale.fit(extent.startEdge(), extent.endEdge(), geometry.plotWidth(WIDTH), 24);

        for (LaneMode mode : LaneMode.values()) {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 6; run++) {
                long start = System.nanoTime();
                TimelineLayout.compute(items, publications, mode, fitted);
                times.add(millisSince(start));
            }
            report("layout " + mode, times.subList(1, times.size()));
        }
        TimelineLayout layout = TimelineLayout.compute(items, publications, LaneMode.SOURCE, fitted);
        System.out.printf("%d items in %d lanes, %d rows, %d unplaced, %d said-on links%n", ITEMS,
                layout.lanes().size(), layout.totalRows(), layout.unplaced().size(), layout.links().size());

        ChartPng.onFxThread(() -> {
            redraws(layout, fitted, "redraw, all in view", Set.of());
            redraws(layout, fitted.zoomAbout(geometry.plotWidth(WIDTH) / 2, 12), "redraw, zoomed to ~10 months", Set.of());
            redraws(layout, fitted.zoomAbout(geometry.plotWidth(WIDTH) / 2, 120), "redraw, zoomed to ~1 month", Set.of());
            Set<Long> group = new java.util.HashSet<>();
            for (long id = 0; id < ITEMS; id += 50) {
                group.add(id);
            }
            redraws(layout, fitted, "redraw, all in view, 2,000 highlighted", group);
            rasterised(layout, fitted);
            return null;
        });
        Path picture = Path.of("target", "timeline-benchmark.png");
        ChartPicture.writePng(TimelineDrawing.fitted(items, publications, LaneMode.SOURCE, WIDTH, HEIGHT), 1, picture);
        System.out.println("picture: " + picture.toAbsolutePath());
    }

    private static void redraws(TimelineLayout layout, TimeScale fitted, String name, Set<Long> highlighted) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TimelinePainter painter = new TimelinePainter(TimelineGeometry.STANDARD);
        List<Double> times = new ArrayList<>();
        for (int frame = 0; frame < WARM_UP + FRAMES; frame++) {
            TimeScale scale = fitted.pan(frame % 10 - 5.0);
            long start = System.nanoTime();
            painter.paint(new FxSurface(canvas.getGraphicsContext2D()), layout, scale, 0, highlighted, WIDTH, HEIGHT);
            if (frame >= WARM_UP) {
                times.add(millisSince(start));
            }
        }
        report(name + " (" + painter.itemsDrawn() + " items drawn, " + painter.densityRuns() + " density bars)", times);
    }

    /** Paint plus snapshot: includes the software rasteriser's work, an upper bound on a frame. */
    private static void rasterised(TimelineLayout layout, TimeScale fitted) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TimelinePainter painter = new TimelinePainter(TimelineGeometry.STANDARD);
        List<Double> times = new ArrayList<>();
        for (int frame = 0; frame < 5 + 20; frame++) {
            long start = System.nanoTime();
            painter.paint(new FxSurface(canvas.getGraphicsContext2D()), layout, fitted.pan(frame), 0, Set.of(), WIDTH, HEIGHT);
            canvas.snapshot(null, null);
            if (frame >= 5) {
                times.add(millisSince(start));
            }
        }
        report("redraw + software rasterise (snapshot), all in view", times);
    }

    private static void report(String name, List<Double> millis) {
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double max = millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf("%-70s mean %7.2f ms   max %7.2f ms%n", name, mean, max);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
