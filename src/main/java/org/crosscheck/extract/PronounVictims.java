package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A victim a report refers to by a pronoun once it has told of them: "Childs was taken to a
 * hospital, where he was pronounced dead", "She was shot in the leg", "he later died", "he
 * suffered non-life-threatening injuries". "He" and "she" are one person, and a casualty
 * predicate after them (passive, "died", a wound suffered, a reflexive) makes that person one
 * victim, an event counting one as {@link ImpliedTolls} finds for "a man". An active verb makes
 * them the doer ("he shot a clerk"), and only casualty roles count: "he was arrested" is told of
 * suspects, who are named elsewhere. The claim spans the pronoun and its predicate, so it reads
 * as a statement. Thread-safe.
 */
final class PronounVictims {

    static final Set<String> PRONOUNS = Words.of("he", "she");
    private static final Set<String> CASUALTY_ROLES = Words.of("killed", "injured", "shot", "stabbed", "hospitalized");
    /** The last word of a predicate the claim should reach: "he was pronounced dead", "suffered injuries". */
    private static final Set<String> PREDICATE_ENDS = Words.of("injuries", "injury", "wounds", "wound", "hospital",
            "condition", "himself", "herself", "death", "succumbed");
    /** Verbs after which the subject is the one it happened to, with no auxiliary: "he later died". */
    private static final Set<String> UNDERGONE = Words.of("died", "dies", "suffered", "sustained", "suffers",
            "sustains", "received");
    /** Words between a pronoun and its verb that are no verb: "he later died", "she was then shot". */
    private static final Set<String> BETWEEN = Words.of("later", "then", "also", "soon", "reportedly", "allegedly",
            "apparently", "eventually", "ultimately", "subsequently", "initially");
    private static final int REACH = 8;

    private final RoleReader roles;

    PronounVictims(RoleReader roles) {
        this.roles = roles;
    }

    /** The pronoun victims of one sentence, skipping spans of {@code quantities} and of {@code found} tolls. */
    List<Mention> find(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities, List<Mention> found) {
        List<Mention> victims = new ArrayList<>();
        for (int index = sentence.first(); index + 1 < sentence.last(); index++) {
            Token pronoun = tokens.get(index);
            if (!pronoun.triggers(Triggers.PRONOUN)) {
                continue;
            }
            int verb = pastAdverbs(tokens, sentence, index + 1);
            String said = verb < sentence.last() ? tokens.get(verb).lower() : "";
            if (!said.equals("succumbed") && !roles.mayHaveRole(tokens, sentence, index, index + 1)) {
                continue;
            }
            String role = said.equals("succumbed") ? "killed"
                    : roles.suffered(tokens, sentence, index, index + 1) || UNDERGONE.contains(said)
                    ? roles.read(tokens, sentence, index, index + 1, -1) : null;
            if (role == null || !CASUALTY_ROLES.contains(role)) {
                continue;
            }
            int last = predicateEnd(tokens, sentence, index);
            int start = pronoun.start();
            int end = tokens.get(last).end();
            if (quantities.stream().anyMatch(q -> q.overlaps(start, end)) || found.stream().anyMatch(f -> f.overlaps(start, end))) {
                continue;
            }
            victims.add(Mention.impliedToll(start, end, text.substring(start, end), pronoun.text(), "people", role));
            index = last;
        }
        return victims;
    }

    private static int pastAdverbs(List<Token> tokens, Sentence sentence, int from) {
        int at = from;
        while (at < sentence.last() && tokens.get(at).isWord()
                && (BETWEEN.contains(tokens.get(at).lower()) || RoleReader.isAdverb(tokens.get(at).lower()))) {
            at++;
        }
        return at;
    }

    /** The token that ends the pronoun's predicate: its last role word or wound within reach. */
    private int predicateEnd(List<Token> tokens, Sentence sentence, int pronoun) {
        int last = pronoun;
        for (int index = pronoun + 1; index < Math.min(sentence.last(), pronoun + REACH); index++) {
            Token token = tokens.get(index);
            if (!token.isWord()) {
                break;
            }
            String lower = token.lower();
            if (roles.isPredicate(lower) || PREDICATE_ENDS.contains(lower) || Reflexives.isVerb(lower)) {
                last = index;
            }
        }
        return last;
    }
}
