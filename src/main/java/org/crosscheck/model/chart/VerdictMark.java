package org.crosscheck.model.chart;

import org.crosscheck.model.Verdict;

/**
 * Draws one verdict's mark centred on a point, from shapes, not glyphs, in the verdict's colour: contradicts is a
 * square with a cross, tension a triangle, agrees a disc, changed over time a square with an arrow, different scope
 * a ring, so a verdict can be told without colour vision and in black-and-white print.
 */
public final class VerdictMark {

    private VerdictMark() {
    }

    public static void paint(ChartSurface surface, Verdict kind, double x, double y, double size) {
        double half = size / 2;
        ChartColour colour = ChartColour.web(kind.colour());
        surface.setFill(colour);
        surface.setStroke(ChartColours.WHITE);
        surface.setLineWidth(Math.max(1.5, size / 7));
        switch (kind) {
            case CONTRADICTS -> {
                surface.fillRect(x - half, y - half, size, size);
                double arm = half * 0.55;
                surface.strokeLine(x - arm, y - arm, x + arm, y + arm);
                surface.strokeLine(x - arm, y + arm, x + arm, y - arm);
            }
            case TENSION -> surface.fillPolygon(new double[] {x - half, x + half, x},
                    new double[] {y + half, y + half, y - half}, 3);
            case AGREES -> surface.fillOval(x - half, y - half, size, size);
            case CHANGED_OVER_TIME -> {
                surface.fillRect(x - half, y - half, size, size);
                double arm = half * 0.55;
                surface.strokeLine(x - arm, y, x + arm, y);
                surface.strokeLine(x + arm, y, x + arm * 0.2, y - arm * 0.7);
                surface.strokeLine(x + arm, y, x + arm * 0.2, y + arm * 0.7);
            }
            case DIFFERENT_SCOPE -> {
                surface.setStroke(colour);
                surface.setLineWidth(Math.max(1.5, size / 6));
                surface.strokeOval(x - half * 0.85, y - half * 0.85, size * 0.85, size * 0.85);
                surface.fillOval(x - half * 0.3, y - half * 0.3, size * 0.3, size * 0.3);
            }
        }
    }
}
