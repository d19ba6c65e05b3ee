package org.crosscheck.ui;

import java.util.Collection;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

/**
 * What the article view is to show: a source's text and the highlights of its claims. A new text
 * comes as a whole styled document; a refresh of the text already shown comes as the ranges whose
 * highlights changed. Immutable, computed off the JavaFX thread.
 *
 * @param request    which request of the view model this answers, so a superseded one is never shown
 * @param highlights null while the highlights of a newly opened source are being computed
 * @param document   the whole styled text, or null when only {@code changed} need repainting
 */
record ArticlePaint(long request, Source source, ClaimHighlights highlights,
                    ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document,
                    List<TextRange> changed) {

    /** Nothing shown yet: no source, or a newly opened one whose highlights are on their way. */
    static ArticlePaint waitingFor(long request, Source source) {
        return new ArticlePaint(request, source, null, null, List.of());
    }

    /**
     * Runs off the JavaFX thread. {@code shown} is what the view shows of this same text, or null
     * when the text is new to it.
     */
    static ArticlePaint compute(long request, Source source, List<Claim> claims, ArticlePaint shown) {
        ClaimHighlights highlights = ClaimHighlights.of(source.text().length(), claims);
        if (shown == null || shown.highlights() == null) {
            return new ArticlePaint(request, source, highlights, ArticleDocument.of(source.text(), highlights),
                    List.of());
        }
        return new ArticlePaint(request, source, highlights, null, highlights.changesFrom(shown.highlights()));
    }

    /** Whether this shows (or is about to show) that source's text, so new claims need only a repaint. */
    boolean showsTextOf(Source other) {
        return source != null && other != null && source.id() == other.id() && source.text().equals(other.text());
    }
}
