package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tolls the grammar states without a figure: a singular person with a casualty role,
 * "A 23-year-old man was shot and killed", "a woman died", "killing a teenager", "the victim was
 * pronounced dead" (a definite person is one the report has told of, still one victim). A local report
 * that says so reports one victim, and a researcher compares that with "two people were killed"
 * in another report of the same shooting. These are events with an implied count of one, not
 * figures the text gives, so they are found apart from quantities and suggested as event claims.
 * Thread-safe.
 */
final class ImpliedTolls {

    /** Nouns for one person that can be a casualty. */
    static final Set<String> PERSON = Words.of("man", "woman", "person", "victim", "teen", "teenager",
            "youth", "juvenile", "male", "female", "student", "officer", "deputy", "trooper", "driver", "passenger",
            "resident", "bystander", "father", "mother", "husband", "wife", "son", "daughter", "brother", "sister",
            "friend", "neighbor", "neighbour", "customer", "clerk", "employee", "worker", "guard", "suspect",
            "gunman", "homeowner", "motorist", "pedestrian", "cousin", "uncle", "aunt", "grandmother", "grandfather",
            "hunter", "detective", "sergeant", "patron", "inmate", "adult", "individual", "teammate", "soldier",
            "teacher", "owner", "relative", "tenant", "stepfather", "stepmother", "intruder", "robber", "burglar",
            "shopper", "cyclist", "jogger", "acquaintance", "grader", "freshman", "sophomore", "veteran", "mom", "dad",
            "grandma", "grandpa", "player", "coach", "athlete", "rapper", "pastor", "doctor", "nurse", "firefighter",
            "cop", "agent", "marine", "airman", "landlord", "sibling", "twin", "accomplice");
    static final Set<String> CHILD = Words.of("boy", "girl", "child", "toddler", "baby", "infant", "kid",
            "nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter", "buddy", "classmate",
            "girlfriend", "boyfriend", "roommate", "fiancee", "fiance");
    /** Possessives before a person who is the object of a role verb: "shot his sister", "killed their son". */
    private static final Set<String> POSSESSIVES = Words.of("his", "her", "their");
    /** What may open a single victim's noun phrase; a token flag ({@link Triggers#VICTIM_START}) marks them. */
    static final Set<String> STARTS = Words.of("a", "an", "the", "his", "her", "their");
    /** Roles a single person can have in a toll; "missing" and "displaced" are rarely said of one. */
    private static final Set<String> TOLL_ROLES = Words.of("killed", "injured", "shot", "stabbed", "arrested",
            "charged", "hospitalized");
    /** Words that end the noun phrase before a person noun is reached: "a call from …", "a car was …". */
    private static final Set<String> ENDS_A_PHRASE = Words.of("the", "a", "an", "of", "in", "on", "at", "to", "from",
            "by", "with", "for", "and", "or", "was", "were", "is", "are", "be", "been", "who", "that", "which", "said",
            "says", "had", "has", "have", "as", "after", "before", "when", "while", "but", "not", "his", "her", "their");
    /** "the shooting death of a toddler", "the killing of a man": the noun says what became of them. */
    private static final java.util.Map<String, String> EVENT_NOUNS = java.util.Map.of("death", "killed",
            "killing", "killed", "murder", "killed", "slaying", "killed", "shooting", "shot", "stabbing", "stabbed",
            "arrest", "arrested", "wounding", "injured");
    /** A headline's casualty verbs in the present, whose object is the victim: "Man shoots wife at home". */
    private static final Set<String> PRESENT_HEADLINE_VERBS = Words.of("kills", "shoots", "wounds", "stabs", "injures");
    /**
     * The same verbs in the past, which a headline also uses passively ("Man shot in Akron"): active only
     * after a subject, "Father accidentally shot, killed teen son".
     */
    private static final Set<String> PAST_HEADLINE_VERBS = Words.of("killed", "shot", "wounded", "stabbed", "injured");
    /** Words before a past verb that are not its subject: "Police: shot man identified", "Update: killed …". */
    private static final Set<String> NO_SUBJECT = Words.of(":", "-", ",", "and", "or", "of", "in", "after", "say",
            "says", "said");
    /** "the fatal shooting of a man": the shooting killed them. */
    private static final Set<String> FATAL = Words.of("fatal", "deadly");
    private static final int MODIFIERS = 7;

    private final RoleReader roles;

    /** Whether a single person can be counted in this role of a toll. */
    static boolean isTollRole(String role) {
        return TOLL_ROLES.contains(role);
    }

    ImpliedTolls(RoleReader roles) {
        this.roles = roles;
    }

    /** "a 3-year-old was shot", "3-year-old dies", "3-year-old kills herself": "old" of an age, followed by no noun, names the person. */
    private boolean isAgeAsNoun(List<Token> tokens, int index, int limit) {
        if (!tokens.get(index).is("old") || index < 2 || !tokens.get(index - 1).is("-")
                || !(tokens.get(index - 2).is("year") || tokens.get(index - 2).is("month"))) {
            return false;
        }
        int after = index + 1;
        while (after + 1 < limit && RoleReader.isAdverb(tokens.get(after).lower())) {
            after++; // "7-year-old accidentally shot"
        }
        if (after >= limit) {
            return true;
        }
        Token next = tokens.get(after);
        String lower = next.lower();
        return !next.isWord() || ENDS_A_PHRASE.contains(lower) || lower.endsWith("ed") || roles.isPredicate(lower)
                || Reflexives.isVerb(lower) || RoleReader.isSuffering(lower); // "12-year-old suffers injuries"
    }

    /**
     * The implied tolls of one sentence, skipping tokens {@code taken} by other finds and spans of
     * quantities. {@code headline} says the sentence is a headline, which drops its articles:
     * "Man killed, boy injured in drive-by shooting".
     */
    List<Mention> find(String text, List<Token> tokens, Sentence sentence, boolean[] taken, List<Mention> quantities,
                       boolean headline) {
        List<Mention> found = new ArrayList<>();
        for (int index = sentence.first(); index < sentence.last() - 1; index++) {
            Token first = tokens.get(index);
            boolean opens = first.triggers(Triggers.VICTIM_START);
            // an age is taken as a duration, yet in a headline it opens the phrase of its person
            boolean free = !taken[index] || headline && HeadlinePhrases.isAge(tokens, index);
            if (!free || !opens && !headline || !personWithin(tokens, index, sentence.last())) {
                continue; // most words open no victim: the flags say so without a look-up
            }
            boolean possessive = opens && POSSESSIVES.contains(first.lower()) && index > sentence.first();
            boolean article = opens && (possessive || !POSSESSIVES.contains(first.lower()));
            // a headline's phrase names its person without an article, after an age or a place if need be:
            // "18-year-old man shot", "Sheriff's deputy dies"
            boolean phrase = headline && (HeadlinePhrases.startsAPhrase(tokens, sentence, index)
                    || eventNounBefore(tokens, sentence, index) != null // "… in fatal shooting of Rock Hill teen"
                    || afterHeadlineVerb(tokens, sentence, index)); // "Man shoots wife at home"
            if (!article && !phrase) {
                continue;
            }
            int head = personAfter(tokens, article ? index + 1 : index, sentence.last());
            if (head < 0) {
                continue;
            }
            // "a man and a woman were found dead": two people share what is said of them
            int lastHead = possessive ? head : coordinated(tokens, sentence, head, headline);
            int start = first.start();
            int end = tokens.get(lastHead).end();
            if (quantities.stream().anyMatch(quantity -> quantity.overlaps(start, end))) {
                continue;
            }
            // "his sister" is a victim only as the object of what was done: "shot his sister"
            int predicate = afterApposition(tokens, sentence, index,
                    afterPlace(tokens, sentence, HeadlinePhrases.afterAge(tokens, sentence, lastHead + 1)));
            String role = possessive ? roles.object(tokens, sentence, index)
                    : roles.read(tokens, sentence, index, predicate, -1);
            if (role == null && (article || phrase)) {
                role = eventNounBefore(tokens, sentence, index);
            }
            if (role == null && headline) {
                role = HeadlinePhrases.condition(tokens, sentence, predicate); // "Teen in critical condition"
            }
            if (role == null && !possessive) {
                role = VictimDescriptions.role(tokens, sentence, index, head, predicate); // "an injured man"
            }
            if (role == null || !TOLL_ROLES.contains(role)) {
                continue;
            }
            // one victim is one of the people of the toll, whether the report says "a boy" or "a 3-year-old"
            found.add(lastHead == head
                    ? Mention.impliedToll(start, end, text.substring(start, end), tokens.get(head).text(), "people", role)
                    : Mention.impliedToll(start, end, text.substring(start, end), "people", "people", role, 2));
            index = lastHead;
        }
        return found;
    }

    /**
     * The head of a second single person joined to the one at {@code head} by "and" ("a man and a
     * woman", "a mother and her son"; in a headline "Man and woman found dead"), or {@code head}
     * when none is: then what the sentence says of them is said of both.
     */
    private int coordinated(List<Token> tokens, Sentence sentence, int head, boolean headline) {
        int and = head + 1;
        if (and + 1 >= sentence.last() || !tokens.get(and).is("and")) {
            return head;
        }
        int opener = and + 1;
        if (STARTS.contains(tokens.get(opener).lower())) {
            int second = personAfter(tokens, opener + 1, sentence.last());
            return second < 0 ? head : second;
        }
        if (headline && tokens.get(opener).triggers(Triggers.PERSON)) {
            return personAfter(tokens, opener, sentence.last());
        }
        return head;
    }

    /** Whether a person word comes within reach of {@code index}, checked on token flags alone. */
    private static boolean personWithin(List<Token> tokens, int index, int limit) {
        for (int at = index; at < Math.min(limit, index + MODIFIERS + 4); at++) {
            if (tokens.get(at).triggers(Triggers.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past the comma that closes an apposition: "Keyon Childs, a 26-year-old man, was fatally shot"
     * reads on at "was". The name before it is the same person, so the phrase is still one victim.
     */
    private static int afterApposition(List<Token> tokens, Sentence sentence, int phrase, int index) {
        boolean opened = phrase - 2 >= sentence.first() && tokens.get(phrase - 1).is(",") && tokens.get(phrase - 2).isCapitalized();
        return opened && index + 1 < sentence.last() && tokens.get(index).is(",") ? index + 1 : index;
    }

    /** Past a place after the person: "A 2-year-old boy in Tarpon Springs died" reads on at "died". */
    private static int afterPlace(List<Token> tokens, Sentence sentence, int index) {
        if (index + 1 >= sentence.last() || !(tokens.get(index).is("in") || tokens.get(index).is("from"))) {
            return index;
        }
        int at = index + 1;
        while (at < sentence.last() && tokens.get(at).isCapitalized()) {
            at++;
        }
        return at > index + 1 ? at : index;
    }

    /**
     * Whether the headline word at {@code person} follows a casualty verb that makes it the verb's object:
     * "Man shoots wife", "Father shot, killed teen son" (a past verb only after its subject).
     */
    static boolean afterHeadlineVerb(List<Token> tokens, Sentence sentence, int person) {
        int verb = person - 1;
        if (verb <= sentence.first() || !tokens.get(verb).isWord()) {
            return false;
        }
        String lower = tokens.get(verb).lower();
        if (PRESENT_HEADLINE_VERBS.contains(lower)) {
            return true;
        }
        if (!PAST_HEADLINE_VERBS.contains(lower)) {
            return false;
        }
        int subject = verb - 1;
        while (subject > sentence.first() && (tokens.get(subject).is(",") || tokens.get(subject).is("and")
                || PAST_HEADLINE_VERBS.contains(tokens.get(subject).lower()) || RoleReader.isAdverb(tokens.get(subject).lower()))) {
            subject--; // "Father accidentally shot, killed …": back past the verbs joined before this one
        }
        Token before = tokens.get(subject);
        return subject < verb && (before.triggers(Triggers.PERSON) || before.isCapitalized())
                && !NO_SUBJECT.contains(before.lower());
    }

    /** "… death of a …", "… the shooting of a …", "the fatal shooting of a …": the role of the person after "of". */
    static String eventNounBefore(List<Token> tokens, Sentence sentence, int person) {
        if (person - 2 < sentence.first() || !tokens.get(person - 1).is("of")) {
            return null;
        }
        String role = EVENT_NOUNS.get(tokens.get(person - 2).lower());
        boolean wounding = "shot".equals(role) || "stabbed".equals(role);
        return wounding && person - 3 >= sentence.first() && FATAL.contains(tokens.get(person - 3).lower()) ? "killed" : role;
    }

    /**
     * The person noun after the article, past a few modifiers ("23-year-old", "Dallas", "young"),
     * or an age standing for the person ("a 3-year-old was shot"); -1 if none.
     */
    private int personAfter(List<Token> tokens, int from, int limit) {
        int modifiers = 0;
        for (int index = from; index < limit && modifiers <= MODIFIERS; index++) {
            Token token = tokens.get(index);
            if (token.is("-") && token.glued() || HeadlinePhrases.isAbbreviationDot(tokens, index)) {
                continue; // "23-year-old", "St. Mary Parish deputy"
            }
            if (token.triggers(Triggers.PERSON) && !token.is("old")) {
                // "a teen boy", "the female victim": the last of the person words is the head
                while (index + 1 < limit && tokens.get(index + 1).triggers(Triggers.PERSON) && !tokens.get(index + 1).is("old")) {
                    index++;
                }
                return index;
            }
            if (isAgeAsNoun(tokens, index, limit)) {
                return index;
            }
            if (!(token.isWord() || token.isNumber()) || ENDS_A_PHRASE.contains(token.lower())) {
                return -1;
            }
            modifiers++;
        }
        return -1;
    }
}
