package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Narrows what a figure counts when the text says who they are: "several hundred fighters are
 * believed to be Russian and Central Asian", "1,500 jihadists from Europe", or "those numbers are
 * in the hundreds" after "recruiting young Muslim Russians from Central Asia". The nationalities
 * join the normalised noun — "fighters (Central Asian, Russian)" — so such a part of a force is
 * compared with other figures for the same part, not with the whole force.
 */
final class Subgroups {

    /** Demonyms and regions, lower case, as written → the adjective used in keys. */
    private static final Map<String, String> NATIONAL = Map.ofEntries(
            Map.entry("russian", "Russian"), Map.entry("russians", "Russian"), Map.entry("russia", "Russian"),
            Map.entry("chinese", "Chinese"), Map.entry("china", "Chinese"),
            Map.entry("uyghur", "Uyghur"), Map.entry("uyghurs", "Uyghur"), Map.entry("uighur", "Uyghur"),
            Map.entry("uighurs", "Uyghur"), Map.entry("uzbek", "Uzbek"), Map.entry("uzbeks", "Uzbek"),
            Map.entry("tajik", "Tajik"), Map.entry("tajiks", "Tajik"), Map.entry("turkmen", "Turkmen"),
            Map.entry("kazakh", "Kazakh"), Map.entry("kazakhs", "Kazakh"), Map.entry("kyrgyz", "Kyrgyz"),
            Map.entry("chechen", "Chechen"), Map.entry("chechens", "Chechen"),
            Map.entry("european", "European"), Map.entry("europeans", "European"), Map.entry("europe", "European"),
            Map.entry("afghan", "Afghan"), Map.entry("afghans", "Afghan"),
            Map.entry("pakistani", "Pakistani"), Map.entry("pakistanis", "Pakistani"), Map.entry("pakistan", "Pakistani"),
            Map.entry("syrian", "Syrian"), Map.entry("syrians", "Syrian"), Map.entry("syria", "Syrian"),
            Map.entry("iraqi", "Iraqi"), Map.entry("iraqis", "Iraqi"), Map.entry("iraq", "Iraqi"),
            Map.entry("american", "American"), Map.entry("americans", "American"),
            Map.entry("british", "British"), Map.entry("french", "French"), Map.entry("german", "German"),
            Map.entry("germans", "German"), Map.entry("turkish", "Turkish"), Map.entry("turks", "Turkish"),
            Map.entry("arab", "Arab"), Map.entry("arabs", "Arab"), Map.entry("iranian", "Iranian"),
            Map.entry("iranians", "Iranian"), Map.entry("saudi", "Saudi"), Map.entry("saudis", "Saudi"),
            Map.entry("foreign", "Foreign"), Map.entry("abroad", "Foreign"));
    /** Two-word regions: "Central Asia", "Central Asian(s)", "North Caucasus". */
    private static final Map<String, String> NATIONAL_PAIRS = Map.of(
            "central asia", "Central Asian", "central asian", "Central Asian", "central asians", "Central Asian",
            "north caucasus", "North Caucasian", "middle east", "Middle Eastern");
    private static final Set<String> BE = Set.of("are", "were", "is", "was", "be");
    private static final Set<String> REPORTING = Set.of("believed", "said", "thought", "estimated", "reported",
            "understood", "known", "described", "identified");
    private static final Set<String> ANAPHORS = Set.of("those", "these");
    private static final Set<String> NUMBER_NOUNS = Set.of("numbers", "figures", "ranks");
    private static final Set<String> RECRUITING = Set.of("recruit", "recruits", "recruiting", "recruited",
            "ranks", "fighters", "fighting", "join", "joined", "joining");

    private Subgroups() {
    }

    /** The mention, counting a narrower group when its sentence (or the one it points back to) says so. */
    static Mention refine(Mention quantity, String text, List<Token> tokens, List<Sentence> sentences, int number,
                          CountedLexicon lexicon) {
        Sentence sentence = sentences.get(number);
        int after = firstTokenFrom(tokens, sentence, quantity.end());
        Set<String> origins = new TreeSet<>();
        if (after >= 0) {
            complement(tokens, sentence, after, origins);
            from(tokens, sentence, after, origins);
        }
        String counted = quantity.counted();
        String base = quantity.normalized();
        if (counted == null && pointsBack(tokens, sentence) && number > 0) {
            Sentence previous = sentences.get(number - 1);
            antecedent(tokens, previous, origins);
            if (!origins.isEmpty()) {
                counted = text.substring(previous.start(), previous.end()).strip();
                counted = counted.length() > 80 ? counted.substring(0, 79) + "…" : counted;
                base = mentions(tokens, previous, RECRUITING) ? lexicon.normalise("fighters") : "people";
            }
        }
        if (origins.isEmpty() || base == null) {
            return quantity;
        }
        return quantity.counting(counted, base + " (" + String.join(", ", origins) + ")");
    }

    /** "… are (believed to be) Russian and Central Asian". */
    private static void complement(List<Token> tokens, Sentence sentence, int index, Set<String> origins) {
        int i = index;
        if (i < sentence.last() && (tokens.get(i).is("who") || tokens.get(i).is("that"))) {
            i++;
        }
        if (i >= sentence.last() || !BE.contains(tokens.get(i).lower())) {
            return;
        }
        i++;
        if (i + 2 < sentence.last() && REPORTING.contains(tokens.get(i).lower()) && tokens.get(i + 1).is("to")
                && tokens.get(i + 2).is("be")) {
            i += 3;
        }
        while (i < sentence.last()) {
            int used = national(tokens, sentence, i, origins);
            if (used == 0) {
                return;
            }
            i += used;
            if (i < sentence.last() && (tokens.get(i).is("and") || tokens.get(i).is("or") || tokens.get(i).is(","))) {
                i++;
            }
        }
    }

    /** "… jihadists from Europe". */
    private static void from(List<Token> tokens, Sentence sentence, int index, Set<String> origins) {
        if (index + 1 < sentence.last() && tokens.get(index).is("from")) {
            int i = index + 1;
            if (tokens.get(i).is("the")) {
                i++;
            }
            national(tokens, sentence, i, origins);
        }
    }

    /** Plural nationalities in the sentence pointed back to, with the region they come from. */
    private static void antecedent(List<Token> tokens, Sentence sentence, Set<String> origins) {
        for (int i = sentence.first(); i < sentence.last(); i++) {
            String word = tokens.get(i).lower();
            if (tokens.get(i).isCapitalized() && word.endsWith("s") && NATIONAL.containsKey(word)) {
                origins.add(NATIONAL.get(word));
                from(tokens, sentence, i + 1, origins);
            }
        }
    }

    /** "Those numbers …", "These figures …": a figure about people named in the sentence before. */
    private static boolean pointsBack(List<Token> tokens, Sentence sentence) {
        return sentence.size() > 2 && ANAPHORS.contains(tokens.get(sentence.first()).lower())
                && NUMBER_NOUNS.contains(tokens.get(sentence.first() + 1).lower());
    }

    /** Reads one nationality at {@code index}; returns how many tokens it took (0 when none). */
    private static int national(List<Token> tokens, Sentence sentence, int index, Set<String> origins) {
        if (index >= sentence.last() || !tokens.get(index).isCapitalized()) {
            return 0;
        }
        if (index + 1 < sentence.last()) {
            String pair = tokens.get(index).lower() + " " + tokens.get(index + 1).lower();
            if (NATIONAL_PAIRS.containsKey(pair)) {
                origins.add(NATIONAL_PAIRS.get(pair));
                return 2;
            }
        }
        String adjective = NATIONAL.get(tokens.get(index).lower());
        if (adjective == null) {
            return 0;
        }
        origins.add(adjective);
        return 1;
    }

    private static boolean mentions(List<Token> tokens, Sentence sentence, Set<String> words) {
        for (int i = sentence.first(); i < sentence.last(); i++) {
            if (words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int firstTokenFrom(List<Token> tokens, Sentence sentence, int offset) {
        for (int i = sentence.first(); i < sentence.last(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
