package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * An article's claims as highlight segments: the text cut wherever a claim starts or ends, each
 * segment with the claims covering it, widest first, so the innermost claim's classes come last and
 * win in CSS while overlapping claims show both. Immutable: built off the JavaFX thread, read on it.
 *
 * <p>Built in one sweep over the sorted starts and ends with the covering claims in a sorted set, so
 * building takes O((segments + claims) log claims) plus the size of what it holds, where filtering
 * every claim for every segment took segments × claims (10 s for 20,000 claims).
 */
final class ClaimHighlights {

    /** Widest first; equal widths in text order, so the order never depends on the list's. */
    static final Comparator<Claim> WIDEST_FIRST = Comparator.comparingInt((Claim claim) -> claim.start() - claim.end())
            .thenComparing(Claim.IN_TEXT_ORDER);

    private final int textLength;
    private final int[] starts;
    private final Claim[][] covering;
    private final List<List<String>> classes;

    private ClaimHighlights(int textLength, int[] starts, Claim[][] covering, List<List<String>> classes) {
        this.textLength = textLength;
        this.starts = starts;
        this.covering = covering;
        this.classes = classes;
    }

    /** The highlights of claims over a text of this length; claims past its end are cut off there. */
    static ClaimHighlights of(int textLength, List<Claim> claims) {
        Claim[] ranked = claims.stream().filter(claim -> claim.start() < textLength).sorted(WIDEST_FIRST)
                .toArray(Claim[]::new);
        long[] startEvents = new long[ranked.length];
        long[] endEvents = new long[ranked.length];
        for (int rank = 0; rank < ranked.length; rank++) {
            // position and rank in one long, so one primitive sort orders the events by position
            startEvents[rank] = (long) ranked[rank].start() << 32 | rank;
            endEvents[rank] = (long) Math.min(ranked[rank].end(), textLength) << 32 | rank;
        }
        Arrays.sort(startEvents);
        Arrays.sort(endEvents);
        return new Sweep(textLength, ranked).run(startEvents, endEvents);
    }

    int textLength() {
        return textLength;
    }

    int segmentCount() {
        return starts.length;
    }

    /** The innermost claim at a character offset (the one whose colour shows there): what a click means. */
    Optional<Claim> claimAt(int offset) {
        if (offset < 0 || offset >= textLength) {
            return Optional.empty();
        }
        Claim[] here = covering[segmentAt(offset)];
        return here.length == 0 ? Optional.empty() : Optional.of(here[here.length - 1]);
    }

    /**
     * The style spans of a stretch of the text, the selected claim (may be null) outlined: a
     * binary search and then only the segments of that stretch.
     */
    StyleSpans<Collection<String>> spans(int from, int to, Claim selected) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        to = Math.min(to, textLength);
        if (from >= to) {
            return builder.add(List.of(), 0).create();
        }
        for (int segment = segmentAt(from), at = from; at < to; segment++) {
            int end = Math.min(segmentEnd(segment), to);
            builder.add(classesOf(segment, selected), end - at);
            at = end;
        }
        return builder.create();
    }

    /**
     * Where these highlights differ from earlier ones of the same text, merged into ranges: what a
     * refresh must repaint. Everything when there are none or the text differs.
     */
    List<TextRange> changesFrom(ClaimHighlights before) {
        if (before == null || before.textLength != textLength) {
            return List.of(new TextRange(0, textLength));
        }
        List<TextRange> changed = new ArrayList<>();
        int mine = 0;
        int theirs = 0;
        for (int at = 0; at < textLength; ) {
            int end = Math.min(segmentEnd(mine), before.segmentEnd(theirs));
            if (!classes.get(mine).equals(before.classes.get(theirs))) {
                TextRange last = changed.isEmpty() ? null : changed.get(changed.size() - 1);
                if (last != null && last.to() == at) {
                    changed.set(changed.size() - 1, new TextRange(last.from(), end));
                } else {
                    changed.add(new TextRange(at, end));
                }
            }
            mine += segmentEnd(mine) == end ? 1 : 0;
            theirs += before.segmentEnd(theirs) == end ? 1 : 0;
            at = end;
        }
        return changed;
    }

    private int segmentAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private int segmentEnd(int segment) {
        return segment + 1 < starts.length ? starts[segment + 1] : textLength;
    }

    private List<String> classesOf(int segment, Claim selected) {
        if (selected == null || !selected.overlaps(starts[segment], segmentEnd(segment))) {
            return classes.get(segment);
        }
        List<String> outlined = new ArrayList<>();
        for (Claim claim : covering[segment]) {
            outlined.addAll(ClaimStyles.of(claim));
            if (claim.id() == selected.id()) {
                outlined.add(ClaimStyles.SELECTED);
            }
        }
        return outlined;
    }

    /** One pass over the events in text order, keeping the claims that cover the current position. */
    private static final class Sweep {
        private final int textLength;
        private final Claim[] ranked;
        private final TreeSet<Integer> active = new TreeSet<>();
        private final List<Integer> starts = new ArrayList<>();
        private final List<Claim[]> covering = new ArrayList<>();
        private final List<List<String>> classes = new ArrayList<>();

        Sweep(int textLength, Claim[] ranked) {
            this.textLength = textLength;
            this.ranked = ranked;
        }

        ClaimHighlights run(long[] startEvents, long[] endEvents) {
            int at = 0;
            int nextStart = 0;
            int nextEnd = 0;
            while (nextEnd < endEvents.length) {
                long next = nextStart < startEvents.length ? Math.min(startEvents[nextStart], endEvents[nextEnd])
                        : endEvents[nextEnd];
                int position = positionOf(next);
                if (position > at) {
                    addSegment(at);
                    at = position;
                }
                for (; nextEnd < endEvents.length && positionOf(endEvents[nextEnd]) == position; nextEnd++) {
                    active.remove(rankOf(endEvents[nextEnd]));
                }
                for (; nextStart < startEvents.length && positionOf(startEvents[nextStart]) == position; nextStart++) {
                    active.add(rankOf(startEvents[nextStart]));
                }
            }
            if (at < textLength || starts.isEmpty()) {
                addSegment(at);
            }
            return new ClaimHighlights(textLength, starts.stream().mapToInt(Integer::intValue).toArray(),
                    covering.toArray(Claim[][]::new), List.copyOf(classes));
        }

        private static int positionOf(long event) {
            return (int) (event >>> 32);
        }

        private static int rankOf(long event) {
            return (int) event;
        }

        private void addSegment(int start) {
            Claim[] here = new Claim[active.size()];
            int index = 0;
            for (int rank : active) {
                here[index++] = ranked[rank];
            }
            starts.add(start);
            covering.add(here);
            classes.add(classesOf(here));
        }

        private static List<String> classesOf(Claim[] here) {
            if (here.length == 1) {
                return ClaimStyles.of(here[0]);
            }
            List<String> all = new ArrayList<>(3 * here.length);
            for (Claim claim : here) {
                all.addAll(ClaimStyles.of(claim));
            }
            return List.copyOf(all);
        }
    }
}
