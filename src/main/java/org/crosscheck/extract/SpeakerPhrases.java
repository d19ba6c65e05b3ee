package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Trims the phrase read before a reporting verb to the speaker it names: a time adverbial between
 * subject and verb is not part of the speaker ("Bob Geldof in July said", "the report this week
 * said"), nor is the body a named person speaks with ("Cpl. Marcus Hines with Shreveport Police
 * said"), nor a bracketed acronym ("The World Health Organisation (WHO) said"), and a pronoun at
 * the end of a longer phrase is the subject of a relative clause ("searching for a man they say
 * shot four people"), nor a clause that describes the speaker after its noun ("a United Nations
 * report released in September revealed", "officials speaking on condition of anonymity said":
 * the report, the officials). Stateless.
 */
final class SpeakerPhrases {

    private static final Set<String> TIME_WORDS = Words.of("week", "month", "year", "weekend", "morning", "afternoon",
            "evening", "night", "today", "yesterday", "tonight");
    private static final Set<String> TIME_STARTS = Words.of("in", "on", "this", "last", "next", "earlier", "later");
    private static final Set<String> AFFILIATIONS = Words.of("with", "from", "of");
    private static final Set<String> PRONOUNS = Words.of("he", "she", "they", "it", "we", "i");

    private SpeakerPhrases() {
    }

    /** Where the subject of a verb at {@code verb} ends: before a bracketed acronym right before the verb. */
    static int subjectEnd(List<Token> tokens, int verb, int floor) {
        if (verb - 3 >= floor && tokens.get(verb - 1).is(")") && tokens.get(verb - 3).is("(") && tokens.get(verb - 2).isCapitalized()) {
            return verb - 3;
        }
        return verb;
    }

    /** The speaker within {@code phrase}, a token range {start, end}. */
    static int[] trim(List<Token> tokens, int[] phrase) {
        int start = phrase[0];
        int end = phrase[1];
        Token last = tokens.get(end - 1);
        if (end - start > 1 && PRONOUNS.contains(last.lower())) {
            return new int[] {end - 1, end};
        }
        while (end - start > 2 && isTimeWord(tokens.get(end - 1)) && TIME_STARTS.contains(tokens.get(end - 2).lower())) {
            end -= 2;
        }
        end = beforeDescribingClause(tokens, start, end);
        for (int index = start + 2; index + 1 < end; index++) {
            if (AFFILIATIONS.contains(tokens.get(index).text()) && isPersonName(tokens, start, index)
                    && tokens.get(end - 1).isCapitalized()) {
                return new int[] {start, index};
            }
        }
        return new int[] {start, end};
    }

    /**
     * Where a reduced relative clause begins, if one follows the speaker's noun: a participle in lower
     * case right after a noun that can speak ("report released", "study published", "officials
     * speaking on …"), so the phrase ends at the noun. A participle before the noun describes it and
     * stays ("a retired general", "the London-based firm"), and so does a noun in "-ing" at the end
     * ("a ministry briefing said").
     */
    private static int beforeDescribingClause(List<Token> tokens, int start, int end) {
        for (int index = start + 1; index < end; index++) {
            Token token = tokens.get(index);
            boolean more = index + 1 < end;
            if (isParticiple(token, more) && isSpeakingNoun(tokens.get(index - 1))) {
                return index;
            }
        }
        return end;
    }

    private static boolean isParticiple(Token token, boolean followed) {
        String word = token.text();
        if (!token.isWord() || token.isCapitalized() || word.length() < 5) {
            return false;
        }
        return word.endsWith("ed") && !word.endsWith("eed") || IRREGULAR_PARTICIPLES.contains(word)
                || word.endsWith("ing") && followed; // "speaking on condition …", not a last word "briefing"
    }

    private static boolean isSpeakingNoun(Token token) {
        String word = token.lower();
        return token.isWord() && !token.isCapitalized() && (AttributionFinder.SPEAKING_NOUNS.contains(word)
                || word.endsWith("s") && AttributionFinder.SPEAKING_NOUNS.contains(word.substring(0, word.length() - 1)));
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Words.of("written", "given", "taken", "seen", "shown",
            "drawn", "known", "chosen", "spoken", "sent", "held", "made", "brought", "thought", "sought", "found");

    private static boolean isTimeWord(Token token) {
        return TIME_WORDS.contains(token.lower()) || NamePhrases.isCalendarWord(token);
    }

    /** "Marcus Hines", "Cpl. Marcus Hines": at least two capitalised words, the last two not a title. */
    private static boolean isPersonName(List<Token> tokens, int start, int end) {
        for (int index = start; index < end; index++) {
            Token token = tokens.get(index);
            if (!token.isCapitalized() && !NamePhrases.titleStop(tokens, index, end)) {
                return false;
            }
        }
        return !NamePhrases.TITLES.contains(tokens.get(end - 1).lower()) && !NamePhrases.TITLES.contains(tokens.get(end - 2).lower())
                && tokens.get(end - 2).isCapitalized();
    }
}
