package org.crosscheck.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Opacity in a PDF is a graphics state of its own, not part of a colour. This keeps one state per
 * opacity (to the hundredth) and per fill or stroke for the whole document, so a chart's thousand
 * translucent marks share a handful of them. Belongs to one document; not thread-safe.
 */
final class PdfAlpha {

    private final Map<Integer, PDExtendedGraphicsState> fills = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> strokes = new HashMap<>();

    void setFill(PDPageContentStream content, double opacity) throws IOException {
        content.setGraphicsStateParameters(state(fills, opacity, true));
    }

    void setStroke(PDPageContentStream content, double opacity) throws IOException {
        content.setGraphicsStateParameters(state(strokes, opacity, false));
    }

    private static PDExtendedGraphicsState state(Map<Integer, PDExtendedGraphicsState> states, double opacity,
                                                 boolean fill) {
        int hundredths = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 100);
        return states.computeIfAbsent(hundredths, key -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            if (fill) {
                state.setNonStrokingAlphaConstant(key / 100f);
            } else {
                state.setStrokingAlphaConstant(key / 100f);
            }
            return state;
        });
    }
}
