package org.crosscheck.harness;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;

/**
 * What the edit sessions of one project reported as committed, round after round: the state the
 * project must be in when it is opened again. The one edit a session had begun and not reported
 * when it was killed is kept apart ({@link #inFlight()}): it may or may not have been committed,
 * but never half.
 */
final class Ledger {

    static final String NOTE_PREFIX = "kill harness note ";

    /** One line of a session: BEGIN or COMMITTED, the verb, and its fields. */
    record Line(String what, String verb, List<String> fields) {

        static Line parse(String text) {
            List<String> parts = Arrays.asList(text.split("\t", -1));
            return new Line(parts.get(0), parts.size() > 1 ? parts.get(1) : "", parts.subList(Math.min(2, parts.size()),
                    parts.size()));
        }

        long number(int index) {
            return Long.parseLong(fields.get(index));
        }
    }

    /** A claim the researcher tagged by hand. */
    record Tagged(long sourceId, int start, int end, ClaimKind kind) {
    }

    boolean sampleCommitted;
    final Set<String> imported = new HashSet<>();
    final Map<Long, Tagged> manual = new HashMap<>();
    final Map<Long, Long> notes = new HashMap<>();
    final Map<Long, ClaimStatus> statuses = new HashMap<>();
    final Set<Long> acceptedAll = new HashSet<>();
    private Line inFlight;
    private boolean settledCommitted;

    /**
     * Reads one line of a session's output.
     *
     * @return whether it reported a committed edit
     */
    boolean read(String text) {
        Line line = Line.parse(text);
        if (line.what().equals("BEGIN")) {
            inFlight = line;
            return false;
        }
        if (!line.what().equals("COMMITTED")) {
            return false;
        }
        inFlight = null;
        commit(line);
        return true;
    }

    /** The edit begun and not reported before the kill, or null. */
    Line inFlight() {
        return inFlight;
    }

    /** Once the project has shown whether the edit in flight was committed, it is taken as it is. */
    void settle(boolean committed, Line asCommitted) {
        settledCommitted = inFlight != null && committed;
        if (settledCommitted) {
            commit(asCommitted);
        }
        inFlight = null;
    }

    /** Whether the edit in flight at the last kill turned out to be committed. */
    boolean inFlightWasCommitted() {
        return settledCommitted;
    }

    private void commit(Line line) {
        switch (line.verb()) {
            case "open" -> sampleCommitted |= line.fields().get(0).equals("new");
            case "import" -> imported.addAll(line.fields());
            case "tag" -> manual.put(line.number(0), new Tagged(line.number(1), (int) line.number(2),
                    (int) line.number(3), ClaimKind.valueOf(line.fields().get(4))));
            case "note" -> notes.put(line.number(0), line.number(1));
            case "status" -> statuses.put(line.number(0), ClaimStatus.valueOf(line.fields().get(1)));
            case "accept-all" -> acceptedAll.add(line.number(0));
            case "delete" -> {
                manual.remove(line.number(0));
                notes.remove(line.number(0));
                statuses.remove(line.number(0));
            }
            default -> throw new IllegalArgumentException("a session reported an edit the harness does not know: " + line);
        }
    }
}
