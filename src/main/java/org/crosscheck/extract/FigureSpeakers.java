package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * The attribution a figure is spoken under, read as the sentence itself gives it: "Two men were
 * arrested, police said". Plain narrative beside an attributed sentence is the reporter's own
 * ("Police said they found four victims. Two died at the scene."), so a figure takes no speaker
 * from its neighbours, unless its sentence marks itself as reported ("… told Circa they estimate
 * 3,000 fighters. Several hundred are believed to be Russian."). Of several attributions in one
 * sentence a figure belongs to the reporting clause whose complement holds it: the last one
 * before it ("figures showed growth of 9.5% and experts say …"), else the first one after it that is
 * set off by a comma or a quotation mark, as a reporting clause after what it reports is ("Two were
 * hurt, police said, and …"; not "… fighters, and Moscow believes …"). A figure inside a quotation is its speaker's, however
 * many sentences the quotation runs (see {@link Quotations}). One instance per extraction.
 */
final class FigureSpeakers {

    /** Participles that, after a form of "be", say a statement is someone's word: "are believed to be". */
    private static final Set<String> REPORTED_PARTICIPLES = Words.of("believed", "thought", "understood", "said",
            "estimated", "reported", "alleged", "expected");
    /** Adverbs that say the same: "the gunman reportedly fired six shots". */
    private static final Set<String> REPORTED_ADVERBS = Words.of("reportedly", "allegedly", "purportedly");
    private static final Set<String> FORMS_OF_BE = Words.of("is", "are", "was", "were", "been", "be");

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Attribution> attributions;
    private final Quotations quotations;
    private final BySentence<Attribution> bySentence;
    /** Whether each sentence marks itself as reported, found once per sentence: 0 unknown, 1 yes, 2 no. */
    private final byte[] reported;

    FigureSpeakers(List<Token> tokens, List<Sentence> sentences, List<Attribution> attributions) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.attributions = attributions;
        this.quotations = new Quotations(tokens, sentences, attributions);
        this.reported = new byte[sentences.size()];
        this.bySentence = BySentence.of(attributions, sentences.size(), Attribution::sentence);
    }

    /** The attribution of the figure at character {@code at} of sentence {@code sentence}; null if nothing attributes it. */
    Attribution of(int sentence, int at) {
        Attribution quoted = quotations.speakerAt(at);
        if (quoted != null) {
            return withOutletOfItsSentence(quoted);
        }
        Attribution before = null;
        Attribution after = null;
        for (Attribution attribution : bySentence.in(sentence)) {
            if (attribution.start() < at) {
                before = attribution; // found in text order: the last one before the figure wins
            } else if (after == null && setOff(attribution)) {
                after = attribution;
            }
        }
        Attribution chosen = before != null ? before : after;
        if (chosen == null && sentence > 0 && sentences.get(sentence - 1).paragraph() == sentences.get(sentence).paragraph()
                && marksReportedSpeech(sentence)) {
            chosen = lastOf(sentence - 1);
        }
        return chosen == null ? null : withOutletOfItsSentence(chosen);
    }

    private boolean setOff(Attribution attribution) {
        int index = tokenAt(attribution.start());
        if (index <= 0) {
            return false;
        }
        Token before = tokens.get(index - 1);
        return before.is(",") || before.is("”") || before.is("\"") || before.is("’") || before.is("—") || before.is("–");
    }

    /** The token that starts at character {@code at}, or the one after it; found by halving. */
    private int tokenAt(int at) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean marksReportedSpeech(int number) {
        if (reported[number] == 0) {
            reported[number] = readsAsReported(sentences.get(number)) ? (byte) 1 : (byte) 2;
        }
        return reported[number] == 1;
    }

    private boolean readsAsReported(Sentence sentence) {
        for (int index = sentence.first(); index < sentence.last(); index++) {
            Token token = tokens.get(index);
            if (REPORTED_ADVERBS.contains(token.lower()) || REPORTED_PARTICIPLES.contains(token.lower())
                    && index > sentence.first() && FORMS_OF_BE.contains(tokens.get(index - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private Attribution lastOf(int sentence) {
        List<Attribution> of = bySentence.in(sentence);
        return of.isEmpty() ? null : of.get(of.size() - 1);
    }

    /** "X said …, according to Reuters": the outlet another attribution of the sentence names. */
    private Attribution withOutletOfItsSentence(Attribution chosen) {
        if (chosen.outlet() != null) {
            return chosen;
        }
        for (Attribution other : bySentence.in(chosen.sentence())) {
            if (other.outlet() != null) {
                return new Attribution(chosen.start(), chosen.end(), chosen.speaker(), other.outlet(), chosen.sentence(),
                        chosen.paragraph());
            }
        }
        return chosen;
    }

    /** Who speaks a figure: the speaker, or else the outlet that reports it on its own word ("…, CNN reported"). */
    static String voice(Attribution attribution) {
        if (attribution == null) {
            return null;
        }
        return attribution.speaker() != null ? attribution.speaker() : attribution.outlet();
    }
}
