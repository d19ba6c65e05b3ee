package org.crosscheck.service;

import java.nio.file.Path;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.LaneMode;
import org.crosscheck.model.chart.TimelineItems;
import org.crosscheck.report.chart.TimelinePng;

/** The timeline as a picture file, drawn by the painter the window and the report draw it with. */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /**
     * Writes the timeline of {@code data} to {@code file} as PNG, {@code width} × {@code height} pixels, in
     * lanes by {@code lanes}, each source in its colour of {@code colours}. The JavaFX toolkit must be
     * running (headless is enough): the picture is drawn on its canvas.
     */
    public static void writePng(TimelineData data, LaneMode lanes, ColourSlots colours, Path file,
                                double width, double height) {
        TimelinePng.write(TimelineItems.items(data.statements(), data.groups(), data.tags()),
                TimelineItems.publications(data.sources()), lanes, colours, file, width, height);
    }
}
