package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of one person when no predicate says it: the phrase itself ("an injured man", "the
 * dead teen", "a shooting victim") or a wound the clause gives them ("a juvenile walked into a hospital with a gunshot
 * wound", "a 12-year-old is recovering after suffering from a gunshot wound"). A fatal wound kills.
 * Thread-safe.
 */
final class VictimDescriptions {

    /** Participles and adjectives before the person that say what became of them. */
    private static final Map<String, String> ADJECTIVES = Map.of("injured", "injured", "wounded", "injured",
            "dead", "killed", "slain", "killed");
    /** What a victim was the victim of: "a shooting victim", "the homicide victim". */
    private static final Map<String, String> VICTIM_OF = Map.of("shooting", "shot", "gunshot", "shot",
            "homicide", "killed", "murder", "killed", "stabbing", "stabbed");
    /** Words after which a wound is the person's: "with a gunshot wound", "suffering from …". */
    private static final Set<String> BEARING = Words.of("with", "suffering", "suffered", "sustaining", "sustained",
            "receiving", "received");
    private static final Set<String> WOUNDS = Words.of("wound", "wounds", "injuries", "injury");
    /** How far into the clause a wound is looked for, and how far past "with". */
    private static final int CLAUSE = 12;
    private static final int WOUND_REACH = 7;

    private VictimDescriptions() {
    }

    /**
     * The role the phrase at tokens {@code [first, head]} or the clause after it from {@code predicate}
     * gives its person; null if neither gives one.
     */
    static String role(List<Token> tokens, Sentence sentence, int first, int head, int predicate) {
        boolean victim = tokens.get(head).is("victim");
        for (int index = first; index < head; index++) {
            String lower = tokens.get(index).lower();
            String role = ADJECTIVES.getOrDefault(lower, victim ? VICTIM_OF.get(lower) : null);
            if (role != null) {
                return role; // "an injured man"; "a shooting victim", but not "a shooting suspect"
            }
        }
        int end = Math.min(sentence.last(), predicate + CLAUSE);
        for (int index = predicate; index < end; index++) {
            Token token = tokens.get(index);
            if (!token.isWord() && !(token.is("-") && token.glued())) {
                return null; // the clause ends
            }
            if (BEARING.contains(token.lower())) {
                return wound(tokens, index + 1, Math.min(sentence.last(), index + 1 + WOUND_REACH));
            }
        }
        return null;
    }

    private static String wound(List<Token> tokens, int from, int to) {
        boolean fatal = false;
        for (int index = from; index < to; index++) {
            String lower = tokens.get(index).lower();
            fatal |= lower.equals("fatal");
            if (WOUNDS.contains(lower)) {
                return fatal ? "killed" : "injured";
            }
        }
        return null;
    }
}
