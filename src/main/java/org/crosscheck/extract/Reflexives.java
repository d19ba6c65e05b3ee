package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A casualty verb with a reflexive object: "accidentally shot himself", "shoots, kills self". The
 * subject is then the one it was done to, whatever the tense, and of coordinated verbs the last
 * is the outcome. Thread-safe.
 */
final class Reflexives {

    private static final Map<String, String> VERBS = Map.ofEntries(Map.entry("shot", "shot"), Map.entry("shoots", "shot"),
            Map.entry("shoot", "shot"), Map.entry("killed", "killed"), Map.entry("kills", "killed"),
            Map.entry("kill", "killed"), Map.entry("wounded", "injured"), Map.entry("wounds", "injured"),
            Map.entry("injured", "injured"), Map.entry("injures", "injured"), Map.entry("stabbed", "stabbed"),
            Map.entry("stabs", "stabbed"));
    private static final Set<String> PRONOUNS = Words.of("himself", "herself", "self", "themselves", "themself");

    private Reflexives() {
    }

    /** Whether this is a casualty verb that may take a reflexive object. */
    static boolean isVerb(String lower) {
        return VERBS.containsKey(lower);
    }

    /** The role of the subject when a casualty verb at {@code verb} has a reflexive object; null otherwise. */
    static String role(List<Token> tokens, Sentence sentence, int verb) {
        String role = VERBS.get(tokens.get(verb).lower());
        if (role == null) {
            return null;
        }
        int next = verb + 1;
        // "shoots, kills self", "shot and killed himself"
        while (next + 1 < sentence.last() && (tokens.get(next).is(",") || tokens.get(next).is("and"))
                && VERBS.containsKey(tokens.get(next + 1).lower())) {
            role = VERBS.get(tokens.get(next + 1).lower());
            next += 2;
        }
        return next < sentence.last() && PRONOUNS.contains(tokens.get(next).lower()) ? role : null;
    }
}
