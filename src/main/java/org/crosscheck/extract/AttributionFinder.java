package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who said something and through whom: "X said", "said X", "X told Y", "X said to Y",
 * "according to X", "X was quoted by Y", "in an interview with Y, X …", "Y reported". Speaker and
 * outlet stay separate; role descriptions are kept whole ("a U.S. official with knowledge of the
 * region"); a title before a name is dropped; "he" and a bare surname become the full name the
 * article used before. Thread-safe; one instance per outlet lexicon.
 */
final class AttributionFinder {

    private static final Set<String> SPEECH_VERBS = Words.of(
            "said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed", "warned", "warns",
            "acknowledged", "claimed", "claims", "explained", "insisted", "stated", "announced", "indicated",
            "asserted", "asserts", "argued", "wrote", "declared", "confirmed", "denied", "estimated", "reported",
            "reports", "quoted", "admitted", "emphasised", "emphasized", "observed", "remarked", "revealed",
            "disclosed", "suggested", "predicted", "cautioned", "maintained", "conceded", "testified",
            // the present of reporting ("police say"), and records that speak ("records show", "the affidavit states")
            "say", "show", "shows", "showed", "indicate", "indicates", "allege", "alleges", "alleged",
            // verbs of holding a view or an accusation report it as much as "said" does ("Organisers hope to raise …")
            "believe", "believes", "believed", "hope", "hopes", "predict", "predicts", "forecast", "forecasts",
            "accused", "accuses", "argue", "argues", "claim", "states");
    /** Verbs that report only with a clause after them: "analysts agree that …", not "agreed to pay". */
    private static final Set<String> CLAUSE_VERBS = Words.of("agree", "agrees", "agreed", "learned", "learnt", "found");
    /** Reporting verbs that are nouns as often: a verb only in lower case ("the affidavit states", not "United States"). */
    private static final Set<String> LOWER_CASE_ONLY = Words.of("states", "claim", "forecast", "hope");
    /** Words at which an attribution may be found. */
    static final Set<String> TRIGGERS = triggers();

    private static final Set<String> PRONOUNS = Words.of("he", "she", "He", "She");
    private static final Set<String> PLURAL_PRONOUNS = Words.of("they", "They", "we", "We", "it", "It", "you", "You");
    private static final Set<String> QUANTIFIERS = Words.of("Many", "Some", "Others", "Both", "Most", "All", "Few", "many", "some", "others");
    private static final Set<String> CLAUSE_WORDS = Words.of("that", "who", "which", "as", "when", "while", "because", "on");

    private final Set<String> outletWords;

    private AttributionFinder(Set<String> outletWords) {
        this.outletWords = outletWords;
    }

    private static Set<String> triggers() {
        Set<String> words = new HashSet<>(SPEECH_VERBS);
        words.addAll(CLAUSE_VERBS);
        words.add("according");
        words.add("interview");
        return Set.copyOf(words);
    }

    static AttributionFinder defaults() {
        return new AttributionFinder(new HashSet<>(Resources.lines("outlets.txt")));
    }

    List<Attribution> find(String text, List<Token> tokens, List<Sentence> sentences, People people) {
        List<Attribution> found = new ArrayList<>();
        Attribution headline = HeadlineSource.find(text, tokens, sentences);
        if (headline != null) {
            found.add(headline);
        }
        for (int number = 0; number < sentences.size(); number++) {
            Sentence sentence = sentences.get(number);
            for (int index = sentence.first(); index < sentence.last(); index++) {
                Token token = tokens.get(index);
                if (!token.triggers(Triggers.ATTRIBUTION)) {
                    continue;
                }
                Attribution attribution = null;
                if (token.is("according") && index + 1 < sentence.last() && tokens.get(index + 1).is("to")) {
                    attribution = accordingTo(text, tokens, sentence, number, index, people);
                } else if (SPEECH_VERBS.contains(token.lower()) && !(LOWER_CASE_ONLY.contains(token.lower()) && token.isCapitalized())
                        || CLAUSE_VERBS.contains(token.lower()) && index + 1 < sentence.last() && tokens.get(index + 1).is("that")) {
                    attribution = speech(text, tokens, sentence, number, index, people);
                } else if (token.is("interview") && index + 1 < sentence.last() && tokens.get(index + 1).is("with")) {
                    attribution = interview(text, tokens, sentence, number, index, people);
                }
                if (attribution != null && (attribution.speaker() != null || attribution.outlet() != null)) {
                    found.add(attribution);
                    people.spoke(attribution.speaker());
                }
            }
        }
        return found;
    }

    private Attribution accordingTo(String text, List<Token> tokens, Sentence sentence, int number, int index, People people) {
        int[] source = phraseUntilPunctuation(tokens, index + 2, sentence.last());
        if (source == null) {
            return null;
        }
        String named = NamePhrases.text(text, tokens, source);
        int end = tokens.get(source[1] - 1).end();
        if (isOutlet(tokens, source)) {
            int[] person = people.personIn(tokens, sentence);
            String speaker = person == null ? null : people.fullName(NamePhrases.text(text, tokens, person));
            return new Attribution(tokens.get(index).start(), end, speaker, named, number, sentence.paragraph());
        }
        return new Attribution(tokens.get(index).start(), end, speakerName(text, tokens, source, people), null,
                number, sentence.paragraph());
    }

    private Attribution speech(String text, List<Token> tokens, Sentence sentence, int number, int verb, People people) {
        Token token = tokens.get(verb);
        int after = verb + 1;
        String outlet = null;
        int end = token.end();
        boolean passive = token.is("quoted") && verb > sentence.first() && (tokens.get(verb - 1).is("was") || tokens.get(verb - 1).is("were"));
        if (token.is("quoted") && !passive) {
            return null;
        }
        int[] audience = null;
        if (token.is("told") || token.is("tells")) {
            audience = NamePhrases.after(tokens, after, sentence.last());
        } else if (after + 1 < sentence.last() && (tokens.get(after).is("to") && !passive || passive && tokens.get(after).is("by"))) {
            audience = NamePhrases.after(tokens, after + 1, sentence.last());
        }
        if (audience != null && (tokens.get(audience[0]).isCapitalized()
                || tokens.get(audience[0]).is("the") && audience[1] - audience[0] > 1 && isOutlet(tokens, audience))) {
            outlet = NamePhrases.text(text, tokens, audience);
            end = tokens.get(audience[1] - 1).end();
        }
        boolean reported = token.is("reported") || token.is("reports");
        int subjectEnd = SpeakerPhrases.subjectEnd(tokens, passive ? verb - 1 : verb, sentence.first());
        int[] speaker = null;
        boolean inverted = verb > sentence.first() && isQuoteOrComma(tokens.get(verb - 1));
        if (inverted) {
            speaker = NamePhrases.after(tokens, after, sentence.last());
            if (speaker != null && !reported) {
                end = Math.max(end, tokens.get(speaker[1] - 1).end());
            }
        }
        if (speaker == null && !(inverted && tokens.get(verb - 1).is(","))) {
            speaker = NamePhrases.before(tokens, subjectEnd, sentence.first());
        } else if (speaker == null) {
            speaker = NamePhrases.before(tokens, subjectEnd, sentence.first());
        }
        if (speaker != null) {
            speaker = SpeakerPhrases.trim(tokens, speaker);
        }
        if (speaker == null || !canSpeak(tokens, speaker)) {
            return null;
        }
        int start = Math.min(tokens.get(speaker[0]).start(), token.start());
        boolean outletSpeaks = isOutlet(tokens, speaker) && (tokens.get(speaker[1] - 1).isCapitalized()
                || OUTLET_KINDS.contains(tokens.get(speaker[1] - 1).lower())); // "the TASS news agency reported"
        if (reported && !outletSpeaks) {
            reported = false; // "the IFPI reported": a body reporting its own figures speaks for itself
        }
        if (reported || outletSpeaks) {
            return new Attribution(start, Math.max(end, tokens.get(speaker[1] - 1).end()), null,
                    NamePhrases.text(text, tokens, speaker), number, sentence.paragraph());
        }
        if (outlet == null) {
            outlet = interviewOutlet(text, tokens, sentence);
        }
        return new Attribution(start, Math.max(end, tokens.get(speaker[1] - 1).end()), speakerName(text, tokens, speaker, people),
                outlet, number, sentence.paragraph());
    }

    /**
     * A described speaker ("a U.S. official with knowledge of the region", "the report") must name
     * someone or something that can speak; "a few hot days in the stadium told us" is not an attribution.
     */
    private static boolean canSpeak(List<Token> tokens, int[] speaker) {
        Token first = tokens.get(speaker[0]);
        if (!first.isWord() || FUNCTION_STARTS.contains(first.lower())) {
            return false; // "-year-old told", "During … said"
        }
        for (int i = speaker[0]; i < speaker[1]; i++) {
            if (AUXILIARIES.contains(tokens.get(i).text())) {
                return false; // a clause, not a name: "Ebbers has denied", "it has been suggested"
            }
        }
        if (PRONOUNS.contains(first.text()) || PLURAL_PRONOUNS.contains(first.text())) {
            return true; // resolved to the person named before
        }
        if (!DESCRIPTION_STARTS.contains(first.lower()) && (first.isCapitalized() || tokens.get(speaker[1] - 1).isCapitalized())) {
            return true; // a name, or a role before a name: "neighbour Anna Berg said"
        }
        if (first.is("the") && speaker[1] - speaker[0] > 1 && NamePhrases.allCapitalised(tokens, speaker[0] + 1, speaker[1])) {
            return true; // a name that takes the article: "the IFPI", "the Express-News", "the Financial Times"
        }
        for (int i = speaker[0]; i < speaker[1]; i++) {
            String word = tokens.get(i).lower();
            if (SPEAKING_NOUNS.contains(word) || SPEAKING_NOUNS.contains(word.endsWith("s") ? word.substring(0, word.length() - 1) : word)) {
                return true;
            }
        }
        return false;
    }

    /** The last word of an outlet's name that says what it is: "the Xinhua news agency". */
    private static final Set<String> OUTLET_KINDS = Words.of("agency", "network", "channel", "newspaper", "broadcaster",
            "service", "daily", "website");
    private static final Set<String> FUNCTION_STARTS = Words.of("during", "after", "before", "in", "on", "at",
            "however", "but", "and", "when", "while", "if", "as", "since", "because", "although", "meanwhile",
            "earlier", "later", "also", "then", "so");
    private static final Set<String> AUXILIARIES = Words.of("has", "have", "had", "been", "was", "were", "is",
            "are", "be", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did");
    private static final Set<String> DESCRIPTION_STARTS = Words.of("a", "an", "the", "one", "two", "three", "some",
            "several", "many", "most", "other", "another", "few", "his", "her", "their", "its");
    /** Nouns that name who or what can speak; a described speaker holds one. */
    static final Set<String> SPEAKING_NOUNS = Words.of("official", "spokesman", "spokeswoman", "spokesperson",
            "minister", "officer", "diplomat", "envoy", "source", "analyst", "expert", "report", "statement",
            "commander", "leader", "president", "chief", "director", "general", "representative", "contractor",
            "executive", "economist", "researcher", "lawyer", "police", "witness", "resident", "agency", "ministry",
            "government", "department", "army", "military", "spokesmen", "group", "organisation", "organization",
            "committee", "council", "company", "firm", "bank", "union", "survey", "study", "poll", "document",
            "memo", "letter", "website", "newspaper", "paper", "broadcaster", "channel", "network", "station",
            "secretary", "member", "senator", "lawmaker", "mp", "governor", "mayor", "ambassador", "adviser",
            "advisor", "aide", "coach", "manager", "player", "chairman", "chairwoman", "boss", "founder", "head",
            "doctor", "scientist", "professor", "teacher", "student", "worker", "man", "woman", "person", "people",
            "user", "customer", "fan", "critic", "campaigner", "activist", "observer", "insider", "intelligence",
            // local news: who speaks of an incident, and the records that do
            "authorities", "authority", "investigator", "prosecutor", "detective", "deputies", "deputy", "sheriff",
            "coroner", "trooper", "officials", "witnesses", "neighbor", "neighbour", "relative", "family", "mom",
            "mother", "father", "dad", "brother", "sister", "son", "daughter", "wife", "husband", "friend", "attorney",
            "office", "records", "record", "affidavit", "complaint", "court", "figures", "data", "organisers",
            "organizers", "research", "industry", "club", "association", "body", "institute", "federation");

    /** "In an interview with Breitbart News, Rep. Robert Pittenger … echoed": the speaker follows the comma. */
    private Attribution interview(String text, List<Token> tokens, Sentence sentence, int number, int index, People people) {
        int[] outlet = NamePhrases.after(tokens, index + 2, sentence.last());
        if (outlet == null || index - 2 < sentence.first() || !tokens.get(index - 2).is("in") || index - 2 != sentence.first()) {
            return null; // a trailing "… in an interview with Y" belongs to the verb before it
        }
        int comma = outlet[1];
        while (comma < sentence.last() && !tokens.get(comma).is(",")) {
            comma++;
        }
        int[] speaker = comma + 1 < sentence.last() ? NamePhrases.after(tokens, comma + 1, sentence.last()) : null;
        String name = speaker == null ? null : speakerName(text, tokens, speaker, people);
        int end = tokens.get((speaker == null ? outlet : speaker)[1] - 1).end();
        return new Attribution(tokens.get(index - 2).start(), end, name, NamePhrases.text(text, tokens, outlet), number,
                sentence.paragraph());
    }

    private String interviewOutlet(String text, List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index + 2 < sentence.last(); index++) {
            if (tokens.get(index).is("interview") && tokens.get(index + 1).is("with")) {
                int[] outlet = NamePhrases.after(tokens, index + 2, sentence.last());
                return outlet == null ? null : NamePhrases.text(text, tokens, outlet);
            }
        }
        return null;
    }

    private static String speakerName(String text, List<Token> tokens, int[] phrase, People people) {
        int[] name = NamePhrases.trailingName(tokens, phrase);
        String written = NamePhrases.text(text, tokens, name);
        String pronoun = written.replaceAll("['’](ve|d|ll|s|re)$", "");
        if (PRONOUNS.contains(pronoun)) {
            return people.lastSpeaker();
        }
        if (pronoun.equals("it") || pronoun.equals("It")) {
            return people.lastBody(); // "It said that 90% of staff …": the company that spoke before
        }
        if (pronoun.equals("they") || pronoun.equals("They")) {
            return groupBefore(tokens, phrase[0], people); // "Police are looking for a man they say …"
        }
        if (PLURAL_PRONOUNS.contains(pronoun) || QUANTIFIERS.contains(pronoun) || pronoun.equals("I")) {
            return null; // "we" and "I" speak inside a quotation, whose speaker is named beside it
        }
        return people.fullName(written);
    }

    /** The group "they" stands for: a plural speaking noun earlier in the sentence, else the last group that spoke. */
    private static String groupBefore(List<Token> tokens, int pronoun, People people) {
        for (int index = pronoun - 1; index >= 0 && tokens.get(index).newlinesBefore() == 0 && pronoun - index < 25; index--) {
            String word = tokens.get(index).lower();
            if (GROUP_NOUNS.contains(word)) {
                return tokens.get(index).text();
            }
            if (tokens.get(index).is(".")) {
                break;
            }
        }
        return people.lastGroup();
    }

    private static final Set<String> GROUP_NOUNS = Words.of("police", "officials", "authorities", "investigators",
            "detectives", "deputies", "officers", "prosecutors", "witnesses", "analysts", "experts", "researchers",
            "organisers", "organizers");

    private boolean isOutlet(List<Token> tokens, int[] range) {
        for (int index = range[0]; index < range[1]; index++) {
            if (outletWords.contains(EntityFinder.withoutPossessive(tokens.get(index).text()))) {
                return true;
            }
        }
        return false;
    }

    private static int[] phraseUntilPunctuation(List<Token> tokens, int start, int limit) {
        int end = start;
        while (end < limit && end - start < 10 && (tokens.get(end).isWord() && !CLAUSE_WORDS.contains(tokens.get(end).lower())
                || tokens.get(end).is("-") && tokens.get(end).glued() || NamePhrases.titleStop(tokens, end, limit))) {
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static boolean isQuoteOrComma(Token token) {
        return token.is(",") || token.is("”") || token.is("\"") || token.is("’") || token.is(")");
    }
}
