package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything goes on the timeline, computed without any drawing: the lanes in order, each
 * item's days and row within its lane, the publication marks, the said-on links and the items
 * that cannot be placed because the time they refer to is unknown.
 *
 * <p>Rows are packed in pixel terms (a one-day item still needs room for its diamond), so the
 * packing depends on the scale's zoom but not on its pan. Immutable once built; thread-safe.
 */
public final class TimelineLayout {

    /** An item placed in a lane: its days and its row within the lane (0 = top). */
    public record PlacedItem(TimelineItem item, DaySpan span, int lane, int row) { }

    /** A publication mark; {@code lane} is the source's lane, or -1 when lanes are not sources. */
    public record PlacedPublication(TimelinePublication publication, DaySpan span, int lane) { }

    /** A thin link from an item at the time it refers to, to the time it was said. */
    public record SaidLink(PlacedItem from, DaySpan said) { }

    /**
     * A lane: its label, its colour index (into the palette) and its rows, counted from the
     * first row of the whole chart so that the view can stack lanes without summing.
     */
    public record Lane(String key, String label, int index, int firstRow, int rowCount, double longestSpanDays,
                       int colour, String detail) {

        /** A lane coloured by its place among the lanes. */
        public Lane(String key, String label, int index, int firstRow, int rowCount, double longestSpanDays) {
            this(key, label, index, firstRow, rowCount, longestSpanDays, index, label);
        }

        /** A lane whose hover text is its label. */
        public Lane(String key, String label, int index, int firstRow, int rowCount, double longestSpanDays,
                    int colour) {
            this(key, label, index, firstRow, rowCount, longestSpanDays, colour, label);
        }
    }

    /** Room a day item needs, in pixels: the width of its diamond plus a little air. */
    public static final double POINT_WIDTH_PX = 10;
    /** Air kept between two items in the same row. */
    public static final double GAP_PX = 2;
    public static final int DEFAULT_MAX_ROWS = 12;

    private final List<Lane> lanes;
    private final List<List<PlacedItem>> itemsByLane;
    private final List<PlacedPublication> publications;
    private final List<SaidLink> links;
    private final List<TimelineItem> unplaced;
    private final DaySpan extent;

    private TimelineLayout(List<Lane> lanes, List<List<PlacedItem>> itemsByLane, List<PlacedPublication> publications,
                           List<SaidLink> links, List<TimelineItem> unplaced, DaySpan extent) {
        this.lanes = List.copyOf(lanes);
        this.itemsByLane = itemsByLane.stream().map(List::copyOf).toList();
        this.publications = List.copyOf(publications);
        this.links = List.copyOf(links);
        this.unplaced = List.copyOf(unplaced);
        this.extent = extent;
    }

    public static TimelineLayout compute(List<TimelineItem> items, List<TimelinePublication> publications,
                                         LaneMode mode, TimeScale scale) {
        return compute(items, publications, mode, scale, DEFAULT_MAX_ROWS);
    }

    public static TimelineLayout compute(List<TimelineItem> items, List<TimelinePublication> publications,
                                         LaneMode mode, TimeScale scale, int maxRows) {
        return compute(items, publications, mode, scale, maxRows, null);
    }

    /**
     * Lays out with each source lane in its source's own colour ({@code colours}; null colours the
     * lanes by their order), so a source has one colour in every chart.
     */
    public static TimelineLayout compute(List<TimelineItem> items, List<TimelinePublication> publications,
                                         LaneMode mode, TimeScale scale, int maxRows,
                                         org.crosscheck.model.ColourSlots colours) {
        return new Builder(mode, scale.pixelsPerDay(), maxRows, colours).build(items, publications);
    }

    /** The lanes, top to bottom. */
    public List<Lane> lanes() {
        return lanes;
    }

    /** The items of one lane, ordered by their first day. */
    public List<PlacedItem> itemsOf(int lane) {
        return itemsByLane.get(lane);
    }

    public List<PlacedItem> placed() {
        return itemsByLane.stream().flatMap(List::stream).toList();
    }

    public List<PlacedPublication> publications() {
        return publications;
    }

    public List<SaidLink> links() {
        return links;
    }

    /** Items whose time is unknown: listed apart, never placed at an invented date. */
    public List<TimelineItem> unplaced() {
        return unplaced;
    }

    /** All rows of all lanes. */
    public int totalRows() {
        return lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).firstRow() + lanes.get(lanes.size() - 1).rowCount();
    }

    /** The days from the first to the last thing shown (items, said dates, publications). */
    public Optional<DaySpan> extent() {
        return Optional.ofNullable(extent);
    }

    /** Builds a layout in one pass; kept apart so the layout itself holds no half-built state. */
    private static final class Builder {
        private final LaneMode mode;
        private final double pixelsPerDay;
        private final int maxRows;
        private final Map<String, LaneKey> keys = new LinkedHashMap<>();
        private final Map<String, List<PlacedItem>> pending = new HashMap<>();
        private final Map<String, Long> firstDays = new HashMap<>();
        private final Map<String, Long> publishedDays = new HashMap<>();
        private final List<TimelineItem> unplaced = new ArrayList<>();
        private long extentFirst = Long.MAX_VALUE;
        private long extentLast = Long.MIN_VALUE;

        private final org.crosscheck.model.ColourSlots colours;

        Builder(LaneMode mode, double pixelsPerDay, int maxRows, org.crosscheck.model.ColourSlots colours) {
            this.colours = colours;
            this.mode = mode;
            this.pixelsPerDay = pixelsPerDay;
            this.maxRows = maxRows;
        }

        TimelineLayout build(List<TimelineItem> items, List<TimelinePublication> publications) {
            if (mode == LaneMode.SOURCE) {
                Map<String, Integer> outlets = new HashMap<>();
                publications.forEach(pub -> outlets.merge(pub.outlet(), 1, Integer::sum));
                for (TimelinePublication pub : publications) {
                    LaneKey key = LaneKey.source(pub, outlets.get(pub.outlet()) > 1);
                    register(key, null);
                    DaySpan.of(pub.published()).ifPresent(span -> publishedDays.merge(key.key(), span.firstDay(), Math::min));
                }
            }
            for (TimelineItem item : items) {
                Optional<DaySpan> happened = DaySpan.of(item.happened());
                if (happened.isEmpty()) {
                    unplaced.add(item);
                    continue;
                }
                DaySpan span = happened.get();
                stretchExtent(span);
                DaySpan.of(item.said()).ifPresent(this::stretchExtent);
                for (LaneKey key : LaneKey.of(item, mode)) {
                    register(key, span.firstDay());
                    pending.computeIfAbsent(key.key(), k -> new ArrayList<>()).add(new PlacedItem(item, span, -1, 0));
                }
            }
            List<LaneKey> ordered = orderedLanes();
            List<Lane> lanes = new ArrayList<>();
            List<List<PlacedItem>> itemsByLane = new ArrayList<>();
            Map<String, Integer> laneIndex = new HashMap<>();
            int firstRow = 0;
            for (LaneKey key : ordered) {
                int index = lanes.size();
                List<PlacedItem> packed = pack(pending.getOrDefault(key.key(), List.of()), index);
                int rows = Math.max(1, packed.stream().mapToInt(p -> p.row() + 1).max().orElse(1));
                double longest = packed.stream().mapToDouble(p -> p.span().lengthInDays()).max().orElse(0);
                lanes.add(new Lane(key.key(), key.label(), index, firstRow, rows, longest, colourOf(key, index), key.detail()));
                itemsByLane.add(packed);
                laneIndex.put(key.key(), index);
                firstRow += rows;
            }
            List<PlacedPublication> marks = placePublications(publications, laneIndex);
            List<SaidLink> links = itemsByLane.stream().flatMap(List::stream)
                    .map(Builder::linkOf).flatMap(Optional::stream).toList();
            DaySpan extent = extentFirst <= extentLast ? new DaySpan(extentFirst, extentLast) : null;
            return new TimelineLayout(lanes, itemsByLane, marks, links, unplaced, extent);
        }

        private int colourOf(LaneKey key, int index) {
            if (colours == null || !key.key().startsWith(LaneKey.SOURCE_PREFIX)) {
                return index;
            }
            return colours.of(Long.parseLong(key.key().substring(LaneKey.SOURCE_PREFIX.length())));
        }

        private void register(LaneKey key, Long firstDay) {
            keys.putIfAbsent(key.key(), key);
            if (firstDay != null) {
                firstDays.merge(key.key(), firstDay, Math::min);
            }
        }

        private void stretchExtent(DaySpan span) {
            extentFirst = Math.min(extentFirst, span.firstDay());
            extentLast = Math.max(extentLast, span.lastDay());
        }

        /**
         * Lanes in order of their first day, "none" lanes last. A source's first day is its
         * publication date when known, so source lanes read in the order the reports came out.
         */
        private List<LaneKey> orderedLanes() {
            return keys.values().stream()
                    .sorted(Comparator.comparing(LaneKey::none)
                            .thenComparing(key -> publishedDays.getOrDefault(key.key(),
                                    firstDays.getOrDefault(key.key(), Long.MAX_VALUE)))
                            .thenComparing(LaneKey::label, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }

        private List<PlacedItem> pack(List<PlacedItem> items, int lane) {
            List<PlacedItem> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparingLong((PlacedItem p) -> p.span().firstDay())
                    .thenComparingLong(p -> p.span().lastDay()));
            RowPacker packer = new RowPacker(maxRows, GAP_PX / pixelsPerDay);
            double halfPoint = POINT_WIDTH_PX / 2 / pixelsPerDay;
            List<PlacedItem> placed = new ArrayList<>(sorted.size());
            for (PlacedItem item : sorted) {
                DaySpan span = item.span();
                // A day is drawn as a diamond around its middle, a longer span as a bar over its days
                // that is never narrower than a diamond.
                double half = span.isSingleDay() ? halfPoint : Math.max(halfPoint, span.lengthInDays() / 2.0);
                int row = packer.place(span.middle() - half, span.middle() + half);
                placed.add(new PlacedItem(item.item(), span, lane, row));
            }
            return placed;
        }

        private List<PlacedPublication> placePublications(List<TimelinePublication> publications,
                                                          Map<String, Integer> laneIndex) {
            List<PlacedPublication> marks = new ArrayList<>();
            for (TimelinePublication publication : publications) {
                DaySpan.of(publication.published()).ifPresent(span -> {
                    stretchExtent(span);
                    int lane = mode == LaneMode.SOURCE
                            ? laneIndex.getOrDefault(LaneKey.source(publication.sourceId(), publication.title()).key(), -1)
                            : -1;
                    marks.add(new PlacedPublication(publication, span, lane));
                });
            }
            return marks;
        }

        /** A link is drawn only when the said date falls outside the time the claim refers to. */
        private static Optional<SaidLink> linkOf(PlacedItem placed) {
            return DaySpan.of(placed.item().said())
                    .filter(said -> said.middle() < placed.span().startEdge() || said.middle() > placed.span().endEdge())
                    .map(said -> new SaidLink(placed, said));
        }
    }
}
