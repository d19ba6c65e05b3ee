package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Victims a report names with their age, in the apposition news writes of people: "Matt Anderson,
 * 15, died", "Ethan Payne, 13, of Lexington, was shot", "police said Ana Ruiz, 34, was wounded",
 * or before the name: "20-year-old Jacob Allen was shot", or by name alone: "Justin Malone was
 * killed", or by the surname of one named in full before: "Castillo died at the scene", or as
 * the one found dead: "police found McLean dead".
 * Each is one victim with a role, an event counting one, as {@link ImpliedTolls} finds unnamed
 * ones. Thread-safe.
 */
final class NamedVictims {

    private static final int LONGEST_NAME = 4;
    private static final int OLDEST = 110;
    /** Words after which a name is a place: "a boy in Tarpon Springs died". */
    private static final java.util.Set<String> PLACE_BEFORE = Words.of("in", "at", "from", "near", "of", "on", "to",
            "into", "outside", "inside", "across", "through", "toward", "towards");

    /** Words after "dead" that make it no death: "found Main Street dead quiet", "found Jones dead set against it". */
    private static final java.util.Set<String> NOT_A_DEATH = Words.of("quiet", "silent", "set", "serious", "wrong",
            "last", "center", "centre", "even", "tired", "asleep", "broke", "-");

    private final RoleReader roles;

    NamedVictims(RoleReader roles) {
        this.roles = roles;
    }

    /** The named victims of one sentence, skipping spans of {@code quantities} and of {@code found} tolls. */
    List<Mention> find(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities, List<Mention> found,
                       Surnames surnames) {
        List<Mention> victims = new ArrayList<>();
        for (int comma = sentence.first() + 1; comma + 3 < sentence.last(); comma++) {
            // the cheap test first: most tokens are no number between two commas
            if (!tokens.get(comma + 1).isNumber() || tokens.get(comma).first() != ',' || tokens.get(comma + 2).first() != ','
                    || !isAge(tokens.get(comma + 1))) {
                continue;
            }
            int first = nameStart(tokens, sentence, comma);
            if (first < 0) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(comma - 1).end();
            if (quantities.stream().anyMatch(q -> q.overlaps(start, end)) || found.stream().anyMatch(f -> f.overlaps(start, end))) {
                continue;
            }
            String role = roles.read(tokens, sentence, first, afterHome(tokens, sentence, comma + 3), -1);
            if (role != null && ImpliedTolls.isTollRole(role)) {
                victims.add(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(comma - 1).text(),
                        "people", role));
            }
        }
        victims.addAll(afterAges(text, tokens, sentence, quantities, found, victims));
        victims.addAll(byNameAlone(text, tokens, sentence, quantities, found, victims, surnames));
        victims.addAll(foundDead(text, tokens, sentence, quantities, found, victims, surnames));
        return victims;
    }

    /**
     * "Police found McLean dead", "deputies found Ana Ruiz dead in her car": the one found dead is a
     * victim killed, named in full or by the surname of one named in full before.
     */
    private static List<Mention> foundDead(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities,
                                           List<Mention> found, List<Mention> named, Surnames surnames) {
        List<Mention> victims = new ArrayList<>();
        for (int verb = sentence.first(); verb + 2 < sentence.last(); verb++) {
            if (!tokens.get(verb).is("found")) {
                continue;
            }
            int first = verb + 1;
            int last = first;
            while (last < sentence.last() && last - first < LONGEST_NAME && isNameWord(tokens.get(last))) {
                last++;
            }
            if (last == first || last + 1 >= sentence.last() || !tokens.get(last).is("dead")
                    || NOT_A_DEATH.contains(tokens.get(last + 1).lower())
                    || last - first == 1 && !surnames.contains(tokens.get(first))) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last - 1).end();
            if (quantities.stream().anyMatch(q -> q.overlaps(start, end)) || found.stream().anyMatch(f -> f.overlaps(start, end))
                    || named.stream().anyMatch(f -> f.overlaps(start, end))) {
                continue;
            }
            victims.add(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(last - 1).text(), "people",
                    "killed"));
        }
        return victims;
    }

    /**
     * "Justin Malone was killed", "police found that Ward Correll died": a name of two words or more
     * that a passive or "died" right after it makes a victim (an active verb makes it the doer). A title-cased headline capitalises every
     * word, so its names cannot be told from its other words and it is left to {@link ImpliedTolls}.
     */
    private List<Mention> byNameAlone(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities,
                                      List<Mention> found, List<Mention> named, Surnames surnames) {
        List<Mention> victims = new ArrayList<>();
        Boolean titleCased = null;
        for (int first = sentence.first(); first + 2 < sentence.last(); first++) {
            if (!isNameWord(tokens.get(first)) || first > sentence.first() && (isNameWord(tokens.get(first - 1))
                    || PLACE_BEFORE.contains(tokens.get(first - 1).lower())) || tokens.get(first).triggers(Triggers.VICTIM_START)) {
                continue;
            }
            int last = first;
            while (last < sentence.last() && last - first < LONGEST_NAME && isNameWord(tokens.get(last))) {
                last++;
            }
            boolean surname = last - first == 1 && last < sentence.last() && roles.suffered(tokens, sentence, first, last)
                    && surnames.contains(tokens.get(first)); // "Castillo died at the scene"
            if (last - first < 2 && !surname || last < sentence.last() && isNameWord(tokens.get(last))) {
                first = last - 1;
                continue; // one word may be a sentence's first, unless a full name gave it; five are a heading or an organisation
            }
            if (!roles.mayHaveRole(tokens, sentence, first, last) || !roles.suffered(tokens, sentence, first, last)
                    || StoryStopWords.contains(tokens.get(first).lower()) || isPossessive(tokens.get(last - 1))) {
                first = last - 1;
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last - 1).end();
            String role = roles.read(tokens, sentence, first, last, -1);
            if (role == null || !ImpliedTolls.isTollRole(role) || quantities.stream().anyMatch(q -> q.overlaps(start, end))
                    || found.stream().anyMatch(f -> f.overlaps(start, end)) || named.stream().anyMatch(f -> f.overlaps(start, end))) {
                first = last - 1;
                continue;
            }
            if (titleCased == null) {
                titleCased = Headlines.isTitleCased(tokens.subList(sentence.first(), sentence.last()));
            }
            if (titleCased) {
                return List.of();
            }
            victims.add(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(last - 1).text(), "people", role));
            first = last - 1;
        }
        return victims;
    }

    /**
     * "20-year-old Jacob Allen was shot", "the shooting death of 21-year-old Christian Merced": an
     * age before a name of two words or more. After an article the age is {@link ImpliedTolls}'s.
     */
    private List<Mention> afterAges(String text, List<Token> tokens, Sentence sentence, List<Mention> quantities,
                                    List<Mention> found, List<Mention> named) {
        List<Mention> victims = new ArrayList<>();
        for (int age = sentence.first(); age + 6 < sentence.last(); age++) {
            if (!tokens.get(age).isNumber() || !HeadlinePhrases.isAge(tokens, age)
                    || age > sentence.first() && tokens.get(age - 1).triggers(Triggers.VICTIM_START)) {
                continue;
            }
            int first = age + 5;
            int last = first;
            while (last < sentence.last() && last - first < LONGEST_NAME && isNameWord(tokens.get(last))) {
                last++;
            }
            if (last - first < 2) {
                continue;
            }
            int start = tokens.get(age).start();
            int end = tokens.get(last - 1).end();
            if (quantities.stream().anyMatch(q -> q.overlaps(start, end)) || found.stream().anyMatch(f -> f.overlaps(start, end))
                    || named.stream().anyMatch(f -> f.overlaps(start, end))) {
                continue;
            }
            // "shot and killed 3-year-old Amiracle Williams has been charged": the verb before the victim first
            String role = roles.object(tokens, sentence, age);
            if (role == null) {
                role = roles.read(tokens, sentence, age, afterHome(tokens, sentence, last), -1);
            }
            if (role == null) {
                role = ImpliedTolls.eventNounBefore(tokens, sentence, age);
            }
            if (role != null && ImpliedTolls.isTollRole(role)) {
                victims.add(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(last - 1).text(),
                        "people", role));
            }
        }
        return victims;
    }

    /** "Bergkamp's shot": a possessive name is whose the shot was. */
    private static boolean isPossessive(Token token) {
        String lower = token.lower();
        return lower.endsWith("'s") || lower.endsWith("\u2019s");
    }

    private static boolean isNameWord(Token token) {
        return token.isWord() && token.isCapitalized();
    }

    /** "15", "34": an age, not a year or a count of hundreds. */
    private static boolean isAge(Token token) {
        if (!token.isNumber() || token.text().length() > 3) {
            return false;
        }
        double value = NumberParser.digitValue(token.text());
        return value >= 1 && value <= OLDEST;
    }

    /** The first token of the capitalised name that ends before the comma; -1 if none. */
    private static int nameStart(List<Token> tokens, Sentence sentence, int comma) {
        int first = comma;
        while (first - 1 >= sentence.first() && comma - first < LONGEST_NAME && tokens.get(first - 1).isCapitalized()) {
            first--;
        }
        // a name is two words or more ("Matt Anderson"); one capitalised word may be a place or a sentence's start
        return comma - first >= 2 ? first : -1;
    }

    /** Past "of Lexington," after the age: the predicate follows the person's home town. */
    private static int afterHome(List<Token> tokens, Sentence sentence, int index) {
        if (index + 1 >= sentence.last() || !tokens.get(index).is("of")) {
            return index;
        }
        int at = index + 1;
        while (at < sentence.last() && tokens.get(at).isCapitalized()) {
            at++;
        }
        return at < sentence.last() && tokens.get(at).is(",") ? at + 1 : index;
    }
}
