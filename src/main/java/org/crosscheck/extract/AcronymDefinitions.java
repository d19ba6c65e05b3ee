package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;

/**
 * Names a text defines for itself: a name followed by its acronym in brackets, "Afghan National
 * Defense and Security Forces (ANDSF)", "Islamic State (IS)", or an acronym followed by its name,
 * "ANDSF (Afghan National Defense and Security Forces)". The acronym must spell the initials of
 * the name's capitalised words (small words such as "of" and "and" may be skipped), so a bracketed
 * aside is never read as a definition. Each definition is an organisation with its acronym as an
 * alias: the text's own alias table. Pure and thread-safe.
 */
public final class AcronymDefinitions {

    /** Small words that may stand inside a name without an initial in the acronym. */
    private static final Set<String> SMALL = Words.of("of", "and", "the", "for", "de", "in", "on", "&", "du", "la", "al");
    private static final int LONGEST_NAME = 10;

    private AcronymDefinitions() {
    }

    /** The definitions in a text, each once, in the order they first appear. */
    public static List<Entity> in(String text) {
        return in(Tokenizer.tokenize(text));
    }

    static List<Entity> in(List<Token> tokens) {
        Map<String, Entity> found = new LinkedHashMap<>();
        // one pass over the brackets only: a definition always has one
        for (int open = 1; open + 2 < tokens.size(); open++) {
            if (tokens.get(open).first() != '(') {
                continue;
            }
            Token inside = tokens.get(open + 1);
            if (tokens.get(open + 2).first() == ')' && isAcronym(inside.text())) {
                String name = nameBefore(tokens, open, inside.text());
                if (name != null) {
                    found.putIfAbsent(inside.text(), new Entity(name, EntityType.ORGANISATION, List.of(inside.text())));
                    continue;
                }
            }
            Token before = tokens.get(open - 1);
            if (isAcronym(before.text()) && !found.containsKey(before.text())) {
                String name = nameAfter(tokens, open + 1, before.text());
                if (name != null) {
                    found.put(before.text(), new Entity(name, EntityType.ORGANISATION, List.of(before.text())));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** "ANDSF", "IS", "FWPD": two to eight capital letters. */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 8) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The capitalised words just before the bracket whose initials spell the acronym; null if none. */
    private static String nameBefore(List<Token> tokens, int open, String acronym) {
        int letter = acronym.length() - 1;
        int first = open;
        for (int index = open - 1; index >= 0 && open - index <= LONGEST_NAME && letter >= 0; index--) {
            Token token = tokens.get(index);
            if (!token.isWord()) {
                return null;
            }
            if (SMALL.contains(token.lower()) && index < open - 1) {
                first = index;
                continue;
            }
            if (!token.isCapitalized() || Character.toUpperCase(token.text().charAt(0)) != acronym.charAt(letter)) {
                return null;
            }
            letter--;
            first = index;
            if (token.newlinesBefore() > 0) {
                break; // a name does not run across lines, though a line's first word may start it
            }
        }
        if (letter >= 0 || SMALL.contains(tokens.get(first).lower())) {
            return null;
        }
        return join(tokens, first, open);
    }

    /** The capitalised words after an acronym and its bracket that spell it, up to the closing bracket. */
    private static String nameAfter(List<Token> tokens, int from, String acronym) {
        int letter = 0;
        int index = from;
        for (; index < tokens.size() && index - from <= LONGEST_NAME && !tokens.get(index).is(")"); index++) {
            Token token = tokens.get(index);
            if (!token.isWord()) {
                return null;
            }
            if (SMALL.contains(token.lower()) && index > from) {
                continue;
            }
            if (letter >= acronym.length() || !token.isCapitalized()
                    || Character.toUpperCase(token.text().charAt(0)) != acronym.charAt(letter)) {
                return null;
            }
            letter++;
        }
        if (letter != acronym.length() || index >= tokens.size() || !tokens.get(index).is(")")) {
            return null;
        }
        return join(tokens, from, index);
    }

    private static String join(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int index = from; index < to; index++) {
            words.add(tokens.get(index).text());
        }
        return String.join(" ", words);
    }
}
