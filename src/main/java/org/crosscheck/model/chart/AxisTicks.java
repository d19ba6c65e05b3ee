package org.crosscheck.model.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ticks of the time axis for one visible range. The level adapts to the zoom: years when a
 * month is too narrow for its label, then months, then days; within a level the step grows
 * (1, 2, 5 … years; 1, 3, 6 months; 1 or 7 days) until labels no longer collide. A major tick
 * marks the start of the next coarser unit and carries the context (the year on a January tick).
 */
public record AxisTicks(Level level, int step, List<Tick> ticks) {

    public enum Level { YEARS, MONTHS, DAYS }

    /** A tick at the start of {@code day} (an epoch day). */
    public record Tick(long day, String label, boolean major) { }

    /** Labels are English month abbreviations so pictures and tests look the same everywhere. */
    private static final Locale LABELS = Locale.ENGLISH;
    private static final double DAY_SPACING = 28;
    private static final double MONTH_SPACING = 44;
    private static final double YEAR_SPACING = 52;
    private static final int[] DAY_STEPS = {1, 7};
    private static final int[] MONTH_STEPS = {1, 3, 6};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500};

    public AxisTicks {
        ticks = List.copyOf(ticks);
    }

    static AxisTicks forRange(double fromDay, double toDay, double pixelsPerDay) {
        for (int step : DAY_STEPS) {
            if (step * pixelsPerDay >= DAY_SPACING) {
                return new AxisTicks(Level.DAYS, step, dayTicks(fromDay, toDay, step));
            }
        }
        for (int step : MONTH_STEPS) {
            if (step * 30.4 * pixelsPerDay >= MONTH_SPACING) {
                return new AxisTicks(Level.MONTHS, step, monthTicks(fromDay, toDay, step));
            }
        }
        for (int step : YEAR_STEPS) {
            if (step * 365.25 * pixelsPerDay >= YEAR_SPACING) {
                return new AxisTicks(Level.YEARS, step, yearTicks(fromDay, toDay, step));
            }
        }
        int last = YEAR_STEPS[YEAR_STEPS.length - 1];
        return new AxisTicks(Level.YEARS, last, yearTicks(fromDay, toDay, last));
    }

    private static List<Tick> dayTicks(double fromDay, double toDay, int step) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate day = LocalDate.ofEpochDay((long) Math.floor(fromDay));
        if (step == 7) {
            day = day.minusDays(day.getDayOfWeek().getValue() - (long) DayOfWeek.MONDAY.getValue());
        }
        for (; day.toEpochDay() <= toDay; day = day.plusDays(step)) {
            boolean monthStart = day.getDayOfMonth() <= step;
            String label = monthStart ? monthName(day) + " " + day.getYear() : Integer.toString(day.getDayOfMonth());
            ticks.add(new Tick(day.toEpochDay(), label, monthStart));
        }
        return ticks;
    }

    private static List<Tick> monthTicks(double fromDay, double toDay, int step) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(fromDay)).withDayOfMonth(1);
        LocalDate month = first.withMonth(1 + (first.getMonthValue() - 1) / step * step);
        for (; month.toEpochDay() <= toDay; month = month.plusMonths(step)) {
            boolean january = month.getMonthValue() == 1;
            String label = january ? Integer.toString(month.getYear()) : monthName(month);
            ticks.add(new Tick(month.toEpochDay(), label, january));
        }
        return ticks;
    }

    private static List<Tick> yearTicks(double fromDay, double toDay, int step) {
        List<Tick> ticks = new ArrayList<>();
        int firstYear = LocalDate.ofEpochDay((long) Math.floor(fromDay)).getYear();
        int year = Math.floorDiv(firstYear, step) * step;
        for (LocalDate start = LocalDate.of(year, 1, 1); start.toEpochDay() <= toDay;
             start = start.plusYears(step)) {
            boolean major = start.getYear() % (step * 10) == 0;
            ticks.add(new Tick(start.toEpochDay(), Integer.toString(start.getYear()), major));
        }
        return ticks;
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, LABELS);
    }
}
