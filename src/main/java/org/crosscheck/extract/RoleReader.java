package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the role of what a figure counts from the grammar of its sentence, so that "two dead and
 * five wounded" are two different counts and "Ten people were injured" is not merely "people":
 * <ul>
 *   <li>a participle or predicate after the figure or its noun: "two people killed", "four people
 *       are dead", "the four people who were killed", "three were critically injured", "two men
 *       suffered gunshot wounds", "five were taken to a hospital";</li>
 *   <li>the counted noun itself: "four dead", "three deaths", "two casualties";</li>
 *   <li>the verb whose object the figure is: "killing two", "arrested three men", "shot and
 *       killed four people";</li>
 *   <li>a toll the figure is the value of: "the death toll rose to 11".</li>
 * </ul>
 * The words and the positions where each gives its role live in {@code roles.tsv}. Thread-safe.
 */
final class RoleReader {

    /** What one word of {@code roles.tsv} says, and where. */
    private record Entry(String role, boolean after, boolean before, boolean noun) {
    }

    /** Words that may stand between a count and its predicate: auxiliaries, "who", hedges. */
    private static final Set<String> LINKS = Words.of(
            "who", "that", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get",
            "remain", "remained", "remains", "reportedly", "reported", "believed", "confirmed", "thought", "also",
            "later", "all", "both", "each", "to", "pronounced", "found", "left", "listed", "now", "since", "then",
            "initially", "allegedly", "apparently", "subsequently", "eventually", "ultimately", "not", "still",
            "either", "non-fatally");
    /** Auxiliaries that make what follows passive: "were killed", "has been arrested". */
    private static final Set<String> AUXILIARIES = Words.of("were", "was", "are", "is", "be", "been", "being", "got",
            "get", "remain", "remained", "remains", "left", "found", "pronounced", "listed");
    /** Words that begin an object: "killed a man", "shot his wife", "wounded two officers". */
    private static final Set<String> OBJECTS = Words.of("a", "an", "the", "his", "her", "their", "its", "him", "them",
            "my", "our", "your", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "dozens", "both", "each", "people", "someone", "somebody");
    /** Words a capitalised headline starts with that begin no object: prepositions, conjunctions, adverbs. */
    private static final Set<String> NOT_AN_OBJECT = Words.of("in", "at", "on", "by", "after", "near", "for", "from",
            "with", "outside", "inside", "during", "over", "of", "and", "or", "but", "as", "while", "when", "into",
            "behind", "off", "following", "amid", "overnight", "early", "late", "last", "this", "today", "tonight",
            "yesterday", "accidentally", "fatally", "critically");
    /** Words that deny the participle right after them. */
    private static final Set<String> NEGATIONS = Words.of("not", "never");
    private static final Set<String> SUFFERED = Words.of("suffered", "sustained", "received", "with", "suffering",
            "sustaining", "treated", "for", "suffers", "sustains");
    private static final Set<String> WOUNDS = Words.of("injuries", "injury", "wounds", "wound");
    private static final Set<String> HOSPITALS = Words.of("hospital", "hospitals");
    private static final Set<String> CONDITIONS = Words.of("condition");
    /** Verbs that say a projectile reached someone: "was struck by a stray bullet", "grazed by gunfire". */
    private static final Set<String> STRUCK = Words.of("hit", "struck", "grazed");
    /** What, having struck someone, means they were shot. */
    private static final Set<String> PROJECTILES = Words.of("bullet", "bullets", "gunfire", "gunshot", "round",
            "rounds", "pellet", "pellets", "shotgun", "shots");
    /** How far past "struck" its projectile is looked for: "was struck in the leg by a stray bullet". */
    private static final int PROJECTILE_REACH = 8;
    /** How far past an active verb a second act on oneself is looked for: "shot his estranged wife and then killed himself". */
    private static final int SECOND_ACT_REACH = 10;
    /** How far past the figure a predicate is looked for: "who were later taken to a hospital". */
    private static final int REACH = 7;
    /** How far past "suffered" the wound is looked for: "suffered a non-life-threatening gunshot wound". */
    private static final int WOUND_REACH = 10;
    /** How far before a figure the word "toll" makes it the toll's value: "the death toll rose to 11". */
    private static final int TOLL_REACH = 6;

    private final Map<String, Entry> entries;

    private RoleReader(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static RoleReader defaults() {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : Resources.lines("roles.tsv")) {
            String[] columns = line.split("\t");
            if (columns.length == 3) {
                String where = columns[2];
                entries.put(columns[0].strip(), new Entry(columns[1].strip(), where.contains("after"),
                        where.contains("before"), where.contains("noun")));
            }
        }
        return new RoleReader(entries);
    }

    /**
     * A quick test before {@link #read}: whether the words around a phrase at tokens {@code [first, end)}
     * could give it a role at all, a predicate right after it or a verb right before it. Most names
     * in a text have neither.
     */
    boolean mayHaveRole(List<Token> tokens, Sentence sentence, int first, int end) {
        if (first > sentence.first()) {
            Entry before = entries.get(tokens.get(first - 1).lower());
            if (before != null && before.before()) {
                return true;
            }
        }
        if (end >= sentence.last()) {
            return false;
        }
        Token next = tokens.get(end);
        String lower = next.lower();
        return next.is(",") || next.isWord() && (LINKS.contains(lower) || entries.containsKey(lower) || isAdverb(lower)
                || SUFFERED.contains(lower) || Reflexives.isVerb(lower) || lower.equals("taken")
                || lower.equals("transported") || lower.equals("rushed"));
    }

    /**
     * Whether what follows a name at {@code end} says something was done to it or that it died:
     * "was shot", "has been arrested", "died", "shot himself". A name with an active verb after it
     * did the act ("Lampard shot wide", "the firm charged £5") and a name after a casualty verb is its
     * object ("killed Justin Malone").
     */
    boolean suffered(List<Token> tokens, Sentence sentence, int first, int end) {
        if (first > sentence.first() && object(tokens, sentence, first) != null) {
            return true;
        }
        int at = end;
        if (at + 1 < sentence.last() && tokens.get(at).is(",") && tokens.get(at + 1).is("who")) {
            at += 2; // "Matt Anderson, who died at the scene"
        }
        while (at < sentence.last() && tokens.get(at).isWord() && isAdverb(tokens.get(at).lower())) {
            at++;
        }
        if (at >= sentence.last()) {
            return false;
        }
        String lower = tokens.get(at).lower();
        return AUXILIARIES.contains(lower) || lower.equals("has") || lower.equals("had") || lower.equals("died")
                || lower.equals("dies") || Reflexives.role(tokens, sentence, at) != null;
    }

    /** Whether this word says a wound was suffered: "suffers", "sustained", "with". */
    static boolean isSuffering(String lowerWord) {
        return SUFFERED.contains(lowerWord);
    }

    /** Whether this word after a person gives the person's role ("dies", "shot", "wounded"). */
    boolean isPredicate(String lowerWord) {
        Entry entry = entries.get(lowerWord);
        return entry != null && entry.after();
    }

    /** Whether this word, as the counted noun, names a role rather than a thing ("dead", "wounded"). */
    boolean isRoleNoun(String lowerWord) {
        Entry entry = entries.get(lowerWord);
        return entry != null && entry.noun();
    }

    /**
     * The role of the quantity spanning tokens {@code [first, end)} of the sentence, whose counted
     * noun is at {@code head} (-1 when the noun is elided: "Two were killed"); null when the sentence
     * gives none.
     */
    String read(List<Token> tokens, Sentence sentence, int first, int end, int head) {
        String role = predicate(tokens, sentence, end);
        if (role == null && head >= 0) {
            Entry entry = entries.get(tokens.get(head).lower());
            role = entry != null && entry.noun() ? entry.role() : null;
        }
        if (role == null) {
            role = object(tokens, sentence, first);
        }
        if (role == null) {
            role = toll(tokens, sentence, first);
        }
        return role;
    }

    private String predicate(List<Token> tokens, Sentence sentence, int end) {
        int limit = Math.min(sentence.last(), end + REACH);
        boolean passive = false;
        for (int index = end; index < limit; index++) {
            Token token = tokens.get(index);
            int aside = Asides.after(tokens, sentence, index);
            if (aside > index) { // "Four people, including two children, were shot"
                limit = Math.min(sentence.last(), aside + REACH);
                index = aside - 1;
                continue;
            }
            if (!token.isWord()) {
                return null;
            }
            String lower = token.lower();
            String reflexive = Reflexives.role(tokens, sentence, index);
            if (reflexive != null) { // "a boy accidentally shot himself": what he did was done to him
                return fatally(tokens, index, sentence.first(), reflexive);
            }
            Entry entry = entries.get(lower);
            if (entry != null && entry.after()) {
                if (!passive && isActive(tokens, sentence, index)) {
                    // "two men shot a clerk": they did it, it was not done to them, unless they then did it to themselves
                    return secondActOnOneself(tokens, sentence, index);
                }
                return fatally(tokens, index, sentence.first(), outcome(tokens, sentence, index, entry.role()));
            }
            if (NEGATIONS.contains(lower) && index + 1 < limit && isPredicate(tokens.get(index + 1).lower())) {
                return null; // "the driver was not hurt"; "not seriously hurt" still is hurt
            }
            passive |= AUXILIARIES.contains(lower);
            if (passive && STRUCK.contains(lower)) {
                return struckByProjectile(tokens, sentence, index);
            }
            if (SUFFERED.contains(lower)) {
                // "suffered non-life-threatening injuries": a hyphenated modifier is many tokens
                return within(tokens, index + 1, Math.min(sentence.last(), index + WOUND_REACH), WOUNDS) ? "injured" : null;
            }
            if (lower.equals("to") && within(tokens, index + 1, Math.min(sentence.last(), index + 3), HOSPITALS)) {
                return "hospitalized"; // "sent four people to the hospital"
            }
            if (lower.equals("in") && passive) {
                int to = Math.min(sentence.last(), index + 4);
                if (within(tokens, index + 1, to, CONDITIONS)) {
                    return "injured"; // "a 2-year-old boy is in critical condition"
                }
                if (within(tokens, index + 1, Math.min(sentence.last(), index + 3), HOSPITALS)) {
                    return "hospitalized"; // "a boy remains in the hospital"
                }
            }
            if (lower.equals("taken") || lower.equals("transported") || lower.equals("rushed")) {
                return within(tokens, index + 1, Math.min(sentence.last(), index + 5), HOSPITALS) ? "hospitalized" : null;
            }
            if (!LINKS.contains(lower) && !isAdverb(lower)) {
                return null;
            }
        }
        return null;
    }

    /** "was struck by a stray bullet": shot; "was hit by a car" gives no role this reader knows. */
    private static String struckByProjectile(List<Token> tokens, Sentence sentence, int verb) {
        return within(tokens, verb + 1, Math.min(sentence.last(), verb + PROJECTILE_REACH), PROJECTILES) ? "shot" : null;
    }

    /**
     * "The man shot his wife and then killed himself": the subject of an active casualty verb is not its
     * victim, but a second verb on himself, joined by "and", makes him one of that verb's role; null otherwise.
     */
    private static String secondActOnOneself(List<Token> tokens, Sentence sentence, int verb) {
        int limit = Math.min(sentence.last(), verb + SECOND_ACT_REACH);
        for (int index = verb + 2; index + 1 < limit; index++) {
            Token token = tokens.get(index);
            if (token.is(".") || token.is(";") || token.is("who") || token.is("that")) {
                return null; // another clause, or one about the victim
            }
            if (!token.is("and")) {
                continue;
            }
            int next = index + 1;
            while (next + 1 < limit && (tokens.get(next).is("then") || isAdverb(tokens.get(next).lower()))) {
                next++; // "and then", "and subsequently"
            }
            String role = Reflexives.role(tokens, sentence, next);
            if (role != null) {
                return fatally(tokens, next, sentence.first(), role);
            }
        }
        return null;
    }

    /**
     * Whether a verb right after a count, with no auxiliary before it, is active with an object:
     * "two men shot a clerk", "a gunman killed his wife". A reflexive object ("shot himself") or
     * none ("two people killed in a crash") leaves the count the one it happened to.
     */
    private boolean isActive(List<Token> tokens, Sentence sentence, int verb) {
        int next = verb + 1;
        while (next + 1 < sentence.last() && (tokens.get(next).is("and") || tokens.get(next).is(","))
                && entries.containsKey(tokens.get(next + 1).lower())) {
            next += 2; // "shot and killed four people"; a headline's "shot, killed teen son"
        }
        if (next >= sentence.last()) {
            return false;
        }
        Token object = tokens.get(next);
        if (object.isNumber() || object.isWord() && OBJECTS.contains(object.lower())) {
            return true;
        }
        if (object.triggers(Triggers.PERSON) && !object.is("old")) {
            return true; // a headline drops the article of its object: "Father shot, killed teen son"
        }
        // a name is an object ("shot Officer Diaz"); a day or month is when ("two people shot Sunday"), and a
        // headline in capitals capitalises its prepositions and outcomes too ("2 Hurt In Bar", "Shot Dead")
        String lower = object.lower();
        return object.isCapitalized() && !object.is("I") && !CalendarWords.WEEKDAYS.containsKey(lower)
                && !CalendarWords.MONTHS.containsKey(lower) && !LINKS.contains(lower) && !entries.containsKey(lower)
                && !NOT_AN_OBJECT.contains(lower);
    }

    /**
     * Of coordinated participles the last is what became of them: "were shot and killed" counts the
     * dead, "were shot and wounded" the wounded, "shot, killed" in a headline the dead.
     */
    private String outcome(List<Token> tokens, Sentence sentence, int index, String role) {
        int next = index + 2;
        // a headline joins them with a comma: "Man shot, killed in Akron"
        boolean joined = next < sentence.last() && (tokens.get(index + 1).is("and") || tokens.get(index + 1).is(","));
        if (joined && tokens.get(next).isWord()) {
            Entry second = entries.get(tokens.get(next).lower());
            if (second != null && second.after()) {
                return second.role();
            }
        }
        return role;
    }

    /** "killing two", "shot and killed four people", "arrested at least three men". */
    String object(List<Token> tokens, Sentence sentence, int first) {
        int index = first - 1;
        if (index >= sentence.first() && tokens.get(index).isWord() && isAdverb(tokens.get(index).lower())) {
            index--;
        }
        if (index < sentence.first() || !tokens.get(index).isWord()) {
            return null;
        }
        Entry entry = entries.get(tokens.get(index).lower());
        return entry != null && entry.before() ? fatally(tokens, index, sentence.first(), entry.role()) : null;
    }

    /** "fatally shot", "mortally wounded", "shot to death", "shot dead": the wound killed them, so they count among the dead. */
    private static String fatally(List<Token> tokens, int participle, int floor, String role) {
        boolean wounding = role.equals("shot") || role.equals("stabbed") || role.equals("injured");
        if (!wounding) {
            return role;
        }
        if (participle + 2 < tokens.size() && tokens.get(participle + 1).is("to") && tokens.get(participle + 2).is("death")) {
            return "killed";
        }
        if (participle + 1 < tokens.size() && tokens.get(participle + 1).is("dead")) {
            return "killed"; // "shot dead"
        }
        if (participle - 1 < floor) {
            return role;
        }
        String before = tokens.get(participle - 1).lower();
        return before.equals("fatally") || before.equals("mortally") ? "killed" : role;
    }

    /** "The death toll rose to 11", "the toll stood at five": the figure is the toll. */
    private static String toll(List<Token> tokens, Sentence sentence, int first) {
        for (int index = first - 1; index >= Math.max(sentence.first(), first - TOLL_REACH); index--) {
            Token token = tokens.get(index);
            if (token.isNumber() || token.is(",") || token.is(";")) {
                return null; // another figure's or another clause's toll
            }
            if (token.is("toll")) {
                return index > sentence.first() && tokens.get(index - 1).is("injury") ? "injured" : "killed";
            }
        }
        return null;
    }

    private static boolean within(List<Token> tokens, int from, int to, Set<String> words) {
        for (int index = from; index < to; index++) {
            if (words.contains(tokens.get(index).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "critically", "fatally", "seriously": manner adverbs between a count and its participle. */
    static boolean isAdverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !lower.equals("only") && !lower.equals("family");
    }
}
