package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrases around a speech verb: the speaker before it ("Afghan intelligence
 * officials told …"), after it ("… said a U.S. official with knowledge of the region") or
 * before an appositive ("Zamir Kabulov, the head of …, said"), and capitalised names.
 */
final class NamePhrases {

    /** Words that end a phrase read backwards from a verb: the clause starts after them. */
    private static final Set<String> CLAUSE_BREAKS = Words.of(
            "that", "which", "who", "as", "while", "but", "when", "because", "if", "after", "before", "although",
            "though", "said", "says", "told", "where", "whom", "whose", "since", "so", "than", "reported",
            "according", "comes", "is", "are", "was", "were", "it", "to", "what", "be", "claiming");

    /** Adverbs and auxiliaries between a speaker and the verb: "had earlier told", "reportedly told". */
    static final Set<String> BETWEEN = Words.of(
            "reportedly", "also", "later", "earlier", "had", "has", "have", "further", "then", "previously",
            "recently", "again", "apparently", "once", "publicly", "privately", "repeatedly", "would", "not", "still", "never",
            "did", "does", "do", "have", "yet", "also");

    /** Titles before a name, dropped from the speaker so that "Gen. Mehmood Shah" groups with "Shah". */
    static final Set<String> TITLES = Words.of(
            "gen", "gen.", "general", "rep", "rep.", "sen", "sen.", "senator", "dr", "dr.", "mr", "mr.", "mrs", "ms",
            "prof", "president", "minister", "secretary", "director", "ambassador", "governor", "gov", "col",
            "lt", "capt", "adm", "admiral", "brigadier", "commander", "spokesman", "spokeswoman", "spokesperson",
            "mayor", "judge", "justice", "chief", "colonel", "major", "lieutenant", "captain", "sergeant",
            "envoy", "chairman", "chairwoman", "head", "leader", "officer", "official", "analyst", "premier",
            "chancellor", "king", "queen", "prince", "sheikh", "deputy", "vice", "representative", "congressman",
            "congresswoman", "marshal", "retired", "former");

    private NamePhrases() {
    }

    /** The phrase ending just before {@code end} (exclusive), as a token range {start, end}; null if none. */
    static int[] before(List<Token> tokens, int end, int floor) {
        int stop = end;
        while (stop - 1 >= floor && tokens.get(stop - 1).isWord() && BETWEEN.contains(tokens.get(stop - 1).lower())) {
            stop--;
        }
        if (stop - 1 >= floor && tokens.get(stop - 1).is(",")) {
            return beforeAppositive(tokens, stop - 1, floor);
        }
        int start = stop;
        while (start - 1 >= floor && stop - start < 12) {
            Token token = tokens.get(start - 1);
            boolean joiner = (token.is("-") || token.is("’") || token.is("'")) && token.glued() || titleStop(tokens, start - 1, stop);
            if (!token.isWord() && !joiner || token.isWord() && CLAUSE_BREAKS.contains(token.lower()) && !isNamePart(tokens, start - 1)
                    && !isAcronym(token)) {
                break;
            }
            start--;
        }
        while (start < stop && tokens.get(start).is("and")) {
            start++;
        }
        if (start == stop && stop - 1 >= floor && tokens.get(stop - 1).is("it")) {
            start--; // "it said": a clause break elsewhere, here the subject itself
        }
        return start < stop ? new int[] {start, stop} : null;
    }

    /** "Zamir Kabulov, the head of the department, said": the name before the first comma. */
    private static int[] beforeAppositive(List<Token> tokens, int comma, int floor) {
        for (int index = comma - 1; index >= floor && comma - index < 30; index--) {
            Token token = tokens.get(index);
            if (token.is("“") || token.is("”") || token.is("\"")) {
                return null;
            }
            if (token.is(",")) {
                int[] name = capitalisedEndingAt(tokens, index, floor);
                return name;
            }
        }
        return capitalisedEndingAt(tokens, firstWordAfterQuote(tokens, comma, floor), floor);
    }

    private static int firstWordAfterQuote(List<Token> tokens, int comma, int floor) {
        int start = floor;
        while (start < comma && !tokens.get(start).isCapitalized()) {
            start++;
        }
        int end = start;
        while (end < comma && (tokens.get(end).isCapitalized() || tokens.get(end).is("."))) {
            end++;
        }
        return end;
    }

    /** The run of capitalised words ending just before {@code end}; null if there is none. */
    static int[] capitalisedEndingAt(List<Token> tokens, int end, int floor) {
        int start = end;
        while (start - 1 >= floor && (tokens.get(start - 1).isCapitalized() || tokens.get(start - 1).is(".")
                && start - 2 >= floor && tokens.get(start - 2).isCapitalized())) {
            start--;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** The phrase after an inverted verb: "said a U.S. official with knowledge of the region", "said Kabulov". */
    static int[] after(List<Token> tokens, int start, int limit) {
        if (start >= limit) {
            return null;
        }
        Token first = tokens.get(start);
        int end = start;
        int roleWords = roleBeforeName(tokens, start, limit);
        if (roleWords > 0) {
            start += 0; // "said resident Ken Tillman", "said vice-chairman Vivek Paul": the role stays, the name ends it
            end = start + roleWords;
            while (end < limit && (tokens.get(end).isCapitalized() && !isCalendarWord(tokens.get(end)) || titleStop(tokens, end, limit))) {
                end++;
            }
            return new int[] {start, end};
        }
        if (first.isCapitalized() && !first.is("The") && !first.is("A") && !first.is("An")) {
            while (end < limit && (tokens.get(end).isCapitalized() && !isCalendarWord(tokens.get(end))
                    || titleStop(tokens, end, limit))) {
                end++;
            }
            return end > start ? new int[] {start, end} : null;
        }
        if (!(first.is("a") || first.is("an") || first.is("the") || first.is("another") || first.is("one")
                || first.is("A") || first.is("The") || first.is("An"))) {
            return null;
        }
        while (end < limit && end - start < 14) {
            Token token = tokens.get(end);
            if (!token.isWord() && !(token.is("-") && token.glued()) || token.is("who") || token.is("in") && end > start + 2
                    || token.is("on") || token.is("that") || token.is("as") || token.is("told") || token.is("adding")) {
                break;
            }
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** How many lower-case role words ("resident", "community activist") stand before a name at {@code start}; 0 if none. */
    private static int roleBeforeName(List<Token> tokens, int start, int limit) {
        int at = start;
        while (at < limit && at - start < 3 && (tokens.get(at).isWord() && !tokens.get(at).isCapitalized()
                && !CLAUSE_BREAKS.contains(tokens.get(at).lower()) && !ARTICLES.contains(tokens.get(at).lower())
                || tokens.get(at).is("-") && tokens.get(at).glued())) {
            at++;
        }
        boolean nameFollows = at > start && at + 1 < limit && tokens.get(at).isCapitalized() && tokens.get(at + 1).isCapitalized()
                && !isCalendarWord(tokens.get(at));
        return nameFollows ? at - start : 0;
    }

    private static final Set<String> ARTICLES = Words.of("a", "an", "the", "another", "one", "in", "on", "at", "by",
            "of", "for", "with", "and", "or", "but", "he", "she", "they", "we", "it", "there", "this", "then", "also");

    private static boolean afterTitle(List<Token> tokens, int start) {
        Token before = tokens.get(start - 1);
        return TITLES.contains(before.lower()) || before.is(".") && start > 1 && TITLES.contains(tokens.get(start - 2).lower());
    }

    /** The stop of an abbreviated title inside a name: "Gen. John Campbell". */
    static boolean titleStop(List<Token> tokens, int index, int limit) {
        return tokens.get(index).is(".") && index > 0 && TITLES.contains(tokens.get(index - 1).lower())
                && index + 1 < limit && tokens.get(index + 1).isCapitalized();
    }

    /** Whether every word of {@code [start, end)} is capitalised; hyphens and stops inside a name ("Express-News") count. */
    static boolean allCapitalised(List<Token> tokens, int start, int end) {
        for (int index = start; index < end; index++) {
            Token token = tokens.get(index);
            if (!token.isCapitalized() && !(token.glued() && (token.is("-") || token.is("."))) && !tokens.get(index).isNumber()) {
                return false;
            }
        }
        return true;
    }

    static boolean isCalendarWord(Token token) {
        return CalendarWords.MONTHS.containsKey(token.lower()) || CalendarWords.WEEKDAYS.containsKey(token.lower());
    }

    /** "the WHO said": a clause word in capitals is a name. */
    private static boolean isAcronym(Token token) {
        return token.text().length() > 1 && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isNamePart(List<Token> tokens, int index) {
        return tokens.get(index).isCapitalized() && index > 0 && tokens.get(index - 1).isCapitalized();
    }

    static String text(String text, List<Token> tokens, int[] range) {
        return text.substring(tokens.get(range[0]).start(), tokens.get(range[1] - 1).end());
    }

    /** The name at the end of a phrase when it ends in one: "Defense Secretary James Mattis" → "James Mattis". */
    static int[] trailingName(List<Token> tokens, int[] range) {
        int end = range[1];
        if (!tokens.get(end - 1).isCapitalized() || isCalendarWord(tokens.get(end - 1))) {
            return range; // a role, not a name: "a U.S. official with knowledge of the region"
        }
        int start = end;
        while (start - 1 >= range[0] && tokens.get(start - 1).isCapitalized() && !TITLES.contains(tokens.get(start - 1).lower())
                && EntityFinder.withoutPossessive(tokens.get(start - 1).lower()).equals(tokens.get(start - 1).lower())) {
            start--;
        }
        if (start == end || end - start == 1 && start > range[0] && !afterTitle(tokens, start)) {
            return range; // "the Department of Defense" stays whole; "Gen. Campbell" is Campbell
        }
        return new int[] {start, end};
    }
}
