package org.crosscheck.ui;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import javafx.animation.AnimationTimer;
import org.crosscheck.model.Claim;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

/**
 * Paints highlights into the article's text area without holding the JavaFX thread for long: a new
 * text goes in as a document styled off the thread, in one replace; a refresh of the same text
 * repaints only the ranges that changed, a few chunks a frame, what is on screen first; a new
 * selection restyles just the old and the new claim's words. FX thread only.
 */
final class HighlightPainter {

    /**
     * Characters restyled by one call. Each call costs about 1.5 ms however short its range, and
     * 20,000 characters about 2–6 ms here, so chunks are long: few calls, none of them long.
     */
    private static final int CHUNK = 50_000;
    /** How long one frame may spend painting before it lets the window draw and take input. */
    private static final long FRAME_BUDGET_NANOS = 8_000_000;

    private final StyleClassedTextArea text;
    /** Characters whose style is out of date: set when highlights change, cleared as they are painted. */
    private final BitSet stale = new BitSet();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            paintSome();
        }
    };
    private ClaimHighlights highlights;
    private Claim selected;

    HighlightPainter(StyleClassedTextArea text) {
        this.text = text;
    }

    /** Text with no highlights: none yet, or a message in place of an article. */
    void showPlain(String plain) {
        stopPainting();
        highlights = null;
        text.replaceText(plain);
    }

    /** A newly opened article: its text styled all at once, outlining the selected claim. */
    void showDocument(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document,
                      ClaimHighlights newHighlights) {
        stopPainting();
        highlights = newHighlights;
        text.replace(0, text.getLength(), document);
        restyle(selected);
    }

    /** New highlights of the text shown: the changed ranges and the selected claim are painted frame by frame. */
    void repaint(ClaimHighlights newHighlights, List<TextRange> changed) {
        highlights = newHighlights;
        for (TextRange range : changed) {
            markStale(range.from(), range.to());
        }
        if (selected != null) {
            markStale(selected.start(), selected.end());
        }
        if (!stale.isEmpty()) {
            frames.start();
        }
    }

    /** Moves the outline: only the two claims' words are restyled, not the article. */
    void select(Claim claim) {
        Claim before = selected;
        selected = claim;
        restyle(before);
        restyle(claim);
    }

    private void restyle(Claim claim) {
        if (claim != null && highlights != null) {
            int from = Math.min(claim.start(), text.getLength());
            int to = Math.min(claim.end(), text.getLength());
            paint(from, to);
        }
    }

    private void paintSome() {
        long started = System.nanoTime();
        do {
            int from = nextStaleOnScreenFirst();
            if (from < 0) {
                frames.stop();
                return;
            }
            // through to the last stale character of the chunk: repainting what is already right costs
            // little, a call per changed claim would cost 1.5 ms each
            int to = stale.previousSetBit(Math.min(from + CHUNK, text.getLength()) - 1) + 1;
            paint(from, to);
        } while (System.nanoTime() - started < FRAME_BUDGET_NANOS);
    }

    private int nextStaleOnScreenFirst() {
        if (!text.getVisibleParagraphs().isEmpty()) {
            int firstShown = text.getAbsolutePosition(text.firstVisibleParToAllParIndex(), 0);
            int lastParagraph = text.lastVisibleParToAllParIndex();
            int afterShown = text.getAbsolutePosition(lastParagraph, text.getParagraphLength(lastParagraph));
            int onScreen = stale.nextSetBit(firstShown);
            if (onScreen >= 0 && onScreen < afterShown) {
                return onScreen;
            }
        }
        return stale.nextSetBit(0);
    }

    private void paint(int from, int to) {
        stale.clear(from, Math.max(from, to));
        if (from < to) {
            text.setStyleSpans(from, highlights.spans(from, to, selected));
        }
    }

    private void markStale(int from, int to) {
        int end = Math.min(to, text.getLength());
        if (from < end) {
            stale.set(from, end);
        }
    }

    private void stopPainting() {
        frames.stop();
        stale.clear();
    }
}
