package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Trims the phrase read before a reporting verb to the speaker it names: a time adverbial between
 * subject and verb is not part of the speaker ("Bob Geldof in July said", "the report this week
 * said"), nor is the body a named person speaks with ("Cpl. Marcus Hines with Shreveport Police
 * said"), nor a bracketed acronym ("The World Health Organisation (WHO) said"), and a pronoun at
 * the end of a longer phrase is the subject of a relative clause ("searching for a man they say
 * shot four people"). Stateless.
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
        for (int index = start + 2; index + 1 < end; index++) {
            if (AFFILIATIONS.contains(tokens.get(index).text()) && isPersonName(tokens, start, index)
                    && tokens.get(end - 1).isCapitalized()) {
                return new int[] {start, index};
            }
        }
        return new int[] {start, end};
    }

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
