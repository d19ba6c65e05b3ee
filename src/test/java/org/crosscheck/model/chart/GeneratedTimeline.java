package org.crosscheck.model.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/** Many plausible timeline items from a fixed seed, for benchmarks: same data on every run. */
public final class GeneratedTimeline {

    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final int DAYS = 3_650;
    private static final int SOURCES = 40;

    private GeneratedTimeline() {
    }

    public static List<TimelinePublication> publications() {
        Random random = new Random(7);
        List<TimelinePublication> publications = new ArrayList<>();
        for (int source = 0; source < SOURCES; source++) {
            publications.add(new TimelinePublication(source, "Source " + source,
                    FuzzyDate.day(FIRST.plusDays(random.nextInt(DAYS)))));
        }
        return publications;
    }

    public static List<TimelineItem> items(int count) {
        Random random = new Random(42);
        List<TimelineItem> items = new ArrayList<>(count);
        for (int id = 0; id < count; id++) {
            int source = random.nextInt(SOURCES);
            LocalDate when = FIRST.plusDays(random.nextInt(DAYS));
            FuzzyDate happened = FuzzyDate.of(random.nextInt(50) == 0 ? null : when, precision(random));
            FuzzyDate said = FuzzyDate.day(when.plusDays(random.nextInt(400)));
            items.add(new TimelineItem(id, source, "claim " + id, "Source " + source, "Speaker " + random.nextInt(25),
                    "Group " + random.nextInt(12), List.of("tag " + random.nextInt(8)), happened, said, "quantity"));
        }
        return items;
    }

    private static Precision precision(Random random) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return Precision.DAY;
        }
        if (roll < 75) {
            return Precision.MONTH;
        }
        return roll < 90 ? Precision.WEEK : Precision.YEAR;
    }
}
