package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text and who speaks them, so that a figure inside a quotation of several
 * sentences has the speaker named once beside it ("“… stronger than 10,000 troops …,” he told RIA
 * Novosti"). A quotation runs from an opening to a closing double quote; one left open ends with
 * its paragraph, as news opens each paragraph of a long quotation anew. A quotation with no
 * attribution beside it goes on in the voice of the paragraph's quotation before it. One instance
 * per extraction.
 */
final class Quotations {

    private record Quote(int open, int close, Attribution speaker) {
    }

    private final List<Quote> quotes = new ArrayList<>();

    Quotations(List<Token> tokens, List<Sentence> sentences, List<Attribution> all) {
        BySentence<Attribution> attributions = BySentence.of(all, sentences.size(), Attribution::sentence);
        int open = -1;
        int openSentence = -1;
        Quote previous = null;
        for (int number = 0; number < sentences.size(); number++) {
            Sentence sentence = sentences.get(number);
            boolean paragraphEnds = number + 1 == sentences.size() || sentences.get(number + 1).paragraph() != sentence.paragraph();
            for (int index = sentence.first(); index < sentence.last(); index++) {
                Token token = tokens.get(index);
                boolean straight = token.is("\"");
                if (open < 0 && (token.is("“") || straight)) {
                    open = token.start();
                    openSentence = number;
                } else if (open >= 0 && (token.is("”") || straight)) {
                    previous = add(open, token.end(), openSentence, number, attributions, previous, sentence.paragraph());
                    open = -1;
                }
            }
            if (paragraphEnds) {
                if (open >= 0) {
                    add(open, sentence.end(), openSentence, number, attributions, previous, sentence.paragraph());
                    open = -1;
                }
                previous = null;
            }
        }
    }

    private Quote add(int open, int close, int openSentence, int closeSentence, BySentence<Attribution> attributions,
                      Quote previous, int paragraph) {
        Attribution speaker = beside(open, close, openSentence, closeSentence, attributions);
        if (speaker == null && previous != null) {
            speaker = previous.speaker(); // the speaker goes on: "“…,” he said. “…”"
        }
        Quote quote = new Quote(open, close, speaker);
        quotes.add(quote);
        return quote;
    }

    /** The attribution outside the quotation in its last sentence after it, else in its first before it. */
    private static Attribution beside(int open, int close, int openSentence, int closeSentence,
                                      BySentence<Attribution> attributions) {
        for (Attribution attribution : attributions.in(closeSentence)) {
            if (attribution.start() >= close) {
                return attribution;
            }
        }
        Attribution before = null;
        for (Attribution attribution : attributions.in(openSentence)) {
            if (attribution.end() <= open) {
                before = attribution;
            }
        }
        return before;
    }

    /** Who speaks the quotation holding character {@code at}; null when it is in none or its speaker is not named. */
    Attribution speakerAt(int at) {
        // quotations follow one another in the text and never overlap: halve to the last one opened before
        int low = 0;
        int high = quotes.size() - 1;
        Quote candidate = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (quotes.get(middle).open() <= at) {
                candidate = quotes.get(middle);
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate != null && at < candidate.close() ? candidate.speaker() : null;
    }
}
