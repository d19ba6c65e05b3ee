package org.crosscheck.service;

import java.nio.file.Path;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.LaneMode;
import org.crosscheck.model.chart.TimelineDrawing;
import org.crosscheck.model.chart.TimelineItems;
import org.crosscheck.report.ChartPicture;

/** The timeline as a picture file, drawn by the painter the window and the report draw it with. */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /**
     * Writes the timeline of {@code data} to {@code file} as PNG, {@code width} × {@code height} pixels, in
     * lanes by {@code lanes}, each source in its colour of {@code colours}, all of it fitted in. Needs no
     * display and no JavaFX toolkit (the picture is drawn with Java2D).
     */
    public static void writePng(TimelineData data, LaneMode lanes, ColourSlots colours, Path file,
                                double width, double height) {
        ChartPicture.writePng(TimelineDrawing.fitted(TimelineItems.items(data.statements(), data.groups(), data.tags()),
                TimelineItems.publications(data.sources()), lanes, width, height, colours), 1, file);
    }
}
