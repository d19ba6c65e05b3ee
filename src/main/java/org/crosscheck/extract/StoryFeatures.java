package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Precision;
import org.crosscheck.model.StoryFingerprint;

/**
 * Reads what identifies the story an article tells, for {@code compare.StoryClusterer}: the names
 * of people, places and organisations it capitalises (not of who wrote or photographed it: {@link Credits}), the ages it gives, the content words of its
 * title and lead, and its date. Terms are kept in the order the article first uses them, title
 * first. No term is judged common here: the clusterer weighs each by how many articles share it,
 * which is what tells a town's name from a site's menu. Stateless and thread-safe.
 */
public final class StoryFeatures {

    /** Enough for the names of a long report; the cut falls on what a page lists after its story. */
    static final int MOST_TERMS = 120;
    /** Characters read of a text: stories tell their incident first, pages add links and comments after. */
    private static final int MOST_CHARACTERS = 12_000;
    /** Content words of the lead: about its first two sentences. */
    private static final int LEAD_WORDS = 40;
    /** A lead sentence has this many tokens; shorter lines are bylines, captions and "Posted:" stamps. */
    private static final int SHORTEST_LEAD_SENTENCE = 8;
    /** Sentences searched for a date when the article has no publication date. */
    private static final int DATE_SENTENCES = 12;
    /** Lead sentences searched for the day of the incident: a report tells when it happened at once. */
    private static final int EVENT_SENTENCES = 3;

    private StoryFeatures() {
    }

    /**
     * The fingerprint of one article.
     *
     * @param published the publication date, or null; without it the first full date of the text is used
     */
    public static StoryFingerprint of(String title, String text, LocalDate published) {
        String story = text == null ? "" : VideoPlaylists.without(text);
        String body = story.length() > MOST_CHARACTERS ? story.substring(0, MOST_CHARACTERS) : story;
        List<Token> bodyTokens = Tokenizer.tokenize(body);
        List<Sentence> sentences = SentenceSplitter.split(bodyTokens);
        WordRoles roles = new WordRoles(bodyTokens, sentences);
        StoryTerms terms = new StoryTerms(MOST_TERMS);

        List<Token> titleTokens = Tokenizer.tokenize(title == null ? "" : title);
        if (!titleTokens.isEmpty()) {
            Sentence whole = new Sentence(0, titleTokens.size(), 0, title.length(), 0);
            boolean[] names = roles.names(titleTokens, whole, Headlines.isTitleCased(titleTokens));
            NameTerms.addTo(terms, titleTokens, whole, names);
            AgeTerms.addTo(terms, titleTokens);
            LeadWords.addTo(terms, titleTokens, whole, names, Integer.MAX_VALUE);
        }
        AgeTerms.addTo(terms, bodyTokens);
        int leadWords = LEAD_WORDS;
        for (Sentence sentence : sentences) {
            if (terms.isFull()) {
                break;
            }
            boolean[] names = roles.names(bodyTokens, sentence, false);
            Credits.clear(bodyTokens, sentence, names);
            NameTerms.addTo(terms, bodyTokens, sentence, names);
            AddressTerms.addTo(terms, bodyTokens, sentence);
            if (leadWords > 0 && sentence.size() >= SHORTEST_LEAD_SENTENCE) {
                leadWords -= LeadWords.addTo(terms, bodyTokens, sentence, names, leadWords);
            }
        }
        LocalDate date = published != null ? published : firstDay(bodyTokens, sentences);
        return new StoryFingerprint(date, eventDay(titleTokens, bodyTokens, sentences, date), HeadlineWords.of(title),
                terms.list());
    }

    /** The day the title or the first sentences of the lead name, resolved against {@code date}; null if they name none. */
    private static LocalDate eventDay(List<Token> titleTokens, List<Token> bodyTokens, List<Sentence> sentences, LocalDate date) {
        if (date == null) {
            return null;
        }
        LocalDate inTitle = EventDays.first(titleTokens,
                List.of(new Sentence(0, titleTokens.size(), 0, 0, 0)), date);
        if (inTitle != null) {
            return inTitle;
        }
        List<Sentence> lead = new ArrayList<>(EVENT_SENTENCES);
        for (Sentence sentence : sentences) {
            if (sentence.size() >= SHORTEST_LEAD_SENTENCE && lead.size() < EVENT_SENTENCES) {
                lead.add(sentence);
            }
        }
        return EventDays.first(bodyTokens, lead, date);
    }

    /** The first date of the text given to the day ("May 28, 2017"), or null. */
    private static LocalDate firstDay(List<Token> tokens, List<Sentence> sentences) {
        boolean[] taken = new boolean[tokens.size()];
        for (Sentence sentence : sentences.subList(0, Math.min(DATE_SENTENCES, sentences.size()))) {
            for (TemporalFound found : DateFinder.find(tokens, sentence, null, taken)) {
                if (found.kind() == MentionKind.DATE && found.resolved().precision() == Precision.DAY) {
                    return found.resolved().date().date();
                }
            }
        }
        return null;
    }
}
