package org.crosscheck.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a word may start, looked up once per token while tokenising: a temporal expression, a
 * figure, an attribution. Finders skip every other word at once; that keeps extraction fast.
 */
final class Triggers {

    static final int TEMPORAL = 1;
    static final int FIGURE = 2;
    static final int ATTRIBUTION = 4;
    /** A word for one person ("man", "toddler"), or the "old" of an age standing for one. */
    static final int PERSON = 8;
    /** A word that may open a single victim's noun phrase: "a", "an", "his", "her", "their". */
    static final int VICTIM_START = 16;
    /** "he", "she": a pronoun that may be a victim's subject. */
    static final int PRONOUN = 32;
    /** "fatal", "deadly": a word that may name a death in its event ("a fatal shooting"). */
    static final int FATAL = 64;
    /** "shooting", "stabbing": an event whose name may say it killed ("shooting death"). */
    static final int FATAL_EVENT = 128;

    private static final Map<String, Integer> FLAGS = flags();

    private Triggers() {
    }

    static int of(String lower) {
        Integer flags = FLAGS.get(lower);
        return flags == null ? 0 : flags;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new HashMap<>();
        add(flags, CalendarWords.STARTERS, TEMPORAL);
        add(flags, NumberParser.STARTERS, FIGURE);
        add(flags, AttributionFinder.TRIGGERS, ATTRIBUTION);
        add(flags, ImpliedTolls.PERSON, PERSON);
        add(flags, ImpliedTolls.CHILD, PERSON);
        add(flags, Set.of("old"), PERSON);
        add(flags, ImpliedTolls.STARTS, VICTIM_START);
        add(flags, PronounVictims.PRONOUNS, PRONOUN);
        add(flags, FatalEvents.FATAL, FATAL);
        add(flags, FatalEvents.EVENTS, FATAL_EVENT);
        return flags;
    }

    private static void add(Map<String, Integer> flags, Set<String> words, int flag) {
        for (String word : words) {
            flags.merge(word, flag, (a, b) -> a | b);
        }
    }
}
