package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * A death the name of the event states: "police are investigating a fatal shooting", "Suspect
 * arrested in fatal Grove City shooting", "a deadly stabbing", "charged in the shooting death of". Someone died, as "a man was killed"
 * says, so it is an event counting one killed, one of the people of the story's toll. A "double"
 * or "mass" fatal shooting says more than one without saying how many, and "non-fatal" says no
 * one died: neither is read. Thread-safe.
 */
final class FatalEvents {

    static final Set<String> FATAL = Words.of("fatal", "deadly");
    static final Set<String> EVENTS = Words.of("shooting", "stabbing", "shootout");
    /** "shooting death": the event's name says it killed. */
    private static final Set<String> DEATHS = Words.of("death", "deaths");
    /** Words that make the count more than one, or none. */
    private static final Set<String> OTHER_COUNTS = Words.of("double", "triple", "quadruple", "mass", "multiple", "non");
    /** Capitalised words of a place between the adjective and the event: "fatal Grove City shooting". */
    private static final int LONGEST_PLACE = 4;

    private FatalEvents() {
    }

    /**
     * The fatal event of one sentence, unless its {@code quantities} or {@code tolls} already count
     * the dead: "A man was killed in a fatal shooting" is one statement.
     */
    static List<Mention> find(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities,
                              List<Mention> tolls) {
        if (countsTheDead(quantities) || countsTheDead(tolls)) {
            return List.of();
        }
        for (int index = sentence.first(); index + 1 < sentence.last(); index++) {
            if (tokens.get(index).triggers(Triggers.FATAL_EVENT) && DEATHS.contains(tokens.get(index + 1).lower())
                    && !countedOtherwise(tokens, sentence, index)) { // "charged in the shooting death of …"
                return event(text, tokens, index, index + 1, quantities);
            }
            if (!tokens.get(index).triggers(Triggers.FATAL) || countedOtherwise(tokens, sentence, index)) {
                continue;
            }
            int event = index + 1;
            while (event < sentence.last() && event - index <= LONGEST_PLACE && !EVENTS.contains(tokens.get(event).lower())
                    && tokens.get(event).isCapitalized() && !OTHER_COUNTS.contains(tokens.get(event).lower())) {
                event++;
            }
            if (event >= sentence.last() || !EVENTS.contains(tokens.get(event).lower())) {
                continue;
            }
            return event(text, tokens, index, event, quantities); // one a sentence: the same death told again is no new one
        }
        return List.of();
    }

    private static List<Mention> event(String text, List<Token> tokens, int first, int last, List<Mention> quantities) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (quantities.stream().anyMatch(mention -> mention.overlaps(start, end))) {
            return List.of();
        }
        return List.of(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(last).text(), "people",
                "killed"));
    }

    private static boolean countsTheDead(List<Mention> mentions) {
        for (Mention mention : mentions) {
            if ("killed".equals(mention.role())) {
                return true;
            }
        }
        return false;
    }

    private static boolean countedOtherwise(List<Token> tokens, Sentence sentence, int fatal) {
        for (int index = Math.max(sentence.first(), fatal - 2); index < fatal; index++) {
            if (OTHER_COUNTS.contains(tokens.get(index).lower())) {
                return true; // "double fatal shooting", "non-fatal shooting"
            }
        }
        return fatal + 1 < sentence.last() && OTHER_COUNTS.contains(tokens.get(fatal + 1).lower()); // "fatal double shooting"
    }
}
