package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * The source a headline gives before a colon, as headline style attributes a claim in one word:
 * "Police: Two men shot outside a bar", "Sheriff's office: Deputy hurt in crash". A label of the
 * page ("VIDEO:", "UPDATE:") is no source, and neither is a phrase longer than a short name.
 * Stateless.
 */
final class HeadlineSource {

    private static final Set<String> LABELS = Words.of("watch", "video", "videos", "update", "updated", "breaking",
            "live", "exclusive", "photos", "photo", "gallery", "opinion", "editorial", "analysis", "review", "related",
            "listen", "podcast", "read", "see", "more", "warning", "graphic", "correction");
    private static final int LONGEST_NAME = 4;

    private HeadlineSource() {
    }

    /** The attribution of the headline {@code sentence} (number 0); null when it names no source before a colon. */
    static Attribution find(String text, List<Token> tokens, List<Sentence> sentences) {
        if (sentences.size() < 2 || sentences.get(1).paragraph() == sentences.get(0).paragraph()) {
            return null; // not a headline: the first line goes on
        }
        Sentence headline = sentences.get(0);
        int colon = headline.first();
        while (colon < headline.last() && colon - headline.first() <= LONGEST_NAME && !tokens.get(colon).is(":")) {
            colon++;
        }
        if (colon == headline.first() || colon >= headline.last() - 2 || !tokens.get(colon).is(":")) {
            return null;
        }
        for (int index = headline.first(); index < colon; index++) {
            Token token = tokens.get(index);
            if (!token.isCapitalized() && !token.is("’") && !token.is("'") && !token.is("police")
                    || LABELS.contains(token.lower())) {
                return null;
            }
        }
        int[] source = {headline.first(), colon};
        return new Attribution(headline.start(), tokens.get(colon).end(), NamePhrases.text(text, tokens, source), null, 0,
                headline.paragraph());
    }
}
