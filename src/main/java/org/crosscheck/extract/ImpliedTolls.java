package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tolls the grammar states without a figure: an indefinite singular person with a casualty role,
 * "A 23-year-old man was shot and killed", "a woman died", "killing a teenager". A local report
 * that says so reports one victim, and a researcher compares that with "two people were killed"
 * in another report of the same shooting. These are events with an implied count of one, not
 * figures the text gives, so they are found apart from quantities and suggested as event claims.
 * Thread-safe.
 */
final class ImpliedTolls {

    /** Nouns for one person that can be a casualty. */
    private static final Set<String> PERSON = Words.of("man", "woman", "person", "victim", "teen", "teenager",
            "youth", "juvenile", "male", "female", "student", "officer", "deputy", "trooper", "driver", "passenger",
            "resident", "bystander", "father", "mother", "husband", "wife", "son", "daughter", "brother", "sister",
            "friend", "neighbor", "neighbour", "customer", "clerk", "employee", "worker", "guard", "suspect",
            "gunman", "homeowner", "motorist", "pedestrian", "cousin", "uncle", "aunt", "grandmother", "grandfather");
    private static final Set<String> CHILD = Words.of("boy", "girl", "child", "toddler", "baby", "infant", "kid");
    /** Roles a single person can have in a toll; "missing" and "displaced" are rarely said of one. */
    private static final Set<String> TOLL_ROLES = Words.of("killed", "injured", "shot", "stabbed", "arrested",
            "charged", "hospitalized");
    /** Words that end the noun phrase before a person noun is reached: "a call from …", "a car was …". */
    private static final Set<String> ENDS_A_PHRASE = Words.of("the", "a", "an", "of", "in", "on", "at", "to", "from",
            "by", "with", "for", "and", "or", "was", "were", "is", "are", "be", "been", "who", "that", "which", "said",
            "says", "had", "has", "have", "as", "after", "before", "when", "while", "but", "not", "his", "her", "their");
    private static final int MODIFIERS = 4;

    private final RoleReader roles;

    ImpliedTolls(RoleReader roles) {
        this.roles = roles;
    }

    /** The implied tolls of one sentence, skipping tokens {@code taken} by other finds and spans of quantities. */
    List<Mention> find(String text, List<Token> tokens, Sentence sentence, boolean[] taken, List<Mention> quantities) {
        List<Mention> found = new ArrayList<>();
        for (int index = sentence.first(); index < sentence.last() - 2; index++) {
            Token article = tokens.get(index);
            if (taken[index] || !(article.is("a") || article.is("an"))) {
                continue;
            }
            int head = personAfter(tokens, index + 1, sentence.last());
            if (head < 0) {
                continue;
            }
            int start = article.start();
            int end = tokens.get(head).end();
            if (quantities.stream().anyMatch(quantity -> quantity.overlaps(start, end))) {
                continue;
            }
            String role = roles.read(tokens, sentence, index, head + 1, -1);
            if (role == null || !TOLL_ROLES.contains(role)) {
                continue;
            }
            String noun = tokens.get(head).lower();
            found.add(Mention.impliedToll(start, end, text.substring(start, end), tokens.get(head).text(),
                    CHILD.contains(noun) ? "children" : "people", role));
            index = head;
        }
        return found;
    }

    /** The person noun after the article, past a few modifiers ("23-year-old", "Dallas", "young"); -1 if none. */
    private static int personAfter(List<Token> tokens, int from, int limit) {
        int modifiers = 0;
        for (int index = from; index < limit && modifiers <= MODIFIERS; index++) {
            Token token = tokens.get(index);
            if (token.is("-") && token.glued()) {
                continue; // "23-year-old"
            }
            if (token.isWord() && (PERSON.contains(token.lower()) || CHILD.contains(token.lower()))) {
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
