package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;

/**
 * Finds the names of an alias table in tokens, longest name first, so that "Islamic State group"
 * wins over "Islamic State" and a possessive ("Russia’s") still names Russia. Built once per
 * table; thread-safe.
 */
final class EntityFinder {

    private record Name(String[] words, boolean exactCase, Entity entity) {
    }

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();

    EntityFinder(AliasTable table) {
        for (Entity entity : table.entities()) {
            for (String name : entity.names()) {
                List<Token> tokens = Tokenizer.tokenize(name);
                String[] words = new String[tokens.size()];
                boolean exact = AliasTable.isAcronym(name);
                for (int index = 0; index < words.length; index++) {
                    words[index] = exact ? tokens.get(index).text() : tokens.get(index).lower();
                }
                if (words.length > 0) {
                    byFirstWord.computeIfAbsent(words[0].toLowerCase(java.util.Locale.ROOT), key -> new ArrayList<>())
                            .add(new Name(words, exact, entity));
                }
            }
        }
        byFirstWord.values().forEach(names -> names.sort((a, b) -> b.words.length - a.words.length));
    }

    List<EntityMention> find(List<Token> tokens) {
        List<EntityMention> found = new ArrayList<>();
        for (int index = 0; index < tokens.size(); index++) {
            Token token = tokens.get(index);
            if (!token.isWord()) {
                continue;
            }
            List<Name> candidates = byFirstWord.get(token.lower());
            if (candidates == null) {
                candidates = byFirstWord.get(withoutPossessive(token.lower()));
            }
            if (candidates == null) {
                continue;
            }
            for (Name name : candidates) {
                if (matches(tokens, index, name)) {
                    found.add(new EntityMention(name.entity, index, index + name.words.length));
                    index += name.words.length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int index, Name name) {
        if (index + name.words.length > tokens.size()) {
            return false;
        }
        for (int offset = 0; offset < name.words.length; offset++) {
            Token token = tokens.get(index + offset);
            if (offset > 0 && token.newlinesBefore() > 0) {
                return false;
            }
            String written = name.exactCase ? token.text() : token.lower();
            boolean last = offset == name.words.length - 1;
            if (!written.equals(name.words[offset]) && !(last && withoutPossessive(written).equals(name.words[offset]))) {
                return false;
            }
        }
        if (!name.exactCase) {
            return tokens.get(index).isCapitalized() || !Character.isLetter(name.words[0].charAt(0))
                    || Character.isLowerCase(name.words[0].charAt(0)) && name.words.length > 1;
        }
        // an acronym glued to a hyphen and more letters is another word: "IS-KP" is matched whole, not as "IS"
        int after = index + name.words.length;
        return after >= tokens.size() || !(tokens.get(after).is("-") && tokens.get(after).glued());
    }

    static String withoutPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
