package org.crosscheck.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws one verdict symbol (see {@link VerdictKind}) centred on a point, from shapes, not glyphs. */
final class VerdictMark {

    private VerdictMark() {
    }

    static void paint(GraphicsContext gc, VerdictKind kind, double x, double y, double size) {
        double half = size / 2;
        Color colour = Color.web(kind.colour());
        gc.setFill(colour);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(Math.max(1.5, size / 7));
        switch (kind) {
            case CONTRADICTS -> {
                gc.fillRect(x - half, y - half, size, size);
                double arm = half * 0.55;
                gc.strokeLine(x - arm, y - arm, x + arm, y + arm);
                gc.strokeLine(x - arm, y + arm, x + arm, y - arm);
            }
            case TENSION -> gc.fillPolygon(new double[] {x - half, x + half, x},
                    new double[] {y + half, y + half, y - half}, 3);
            case AGREES -> gc.fillOval(x - half, y - half, size, size);
            case CHANGED_OVER_TIME -> {
                gc.fillRect(x - half, y - half, size, size);
                double arm = half * 0.55;
                gc.strokeLine(x - arm, y, x + arm, y);
                gc.strokeLine(x + arm, y, x + arm * 0.2, y - arm * 0.7);
                gc.strokeLine(x + arm, y, x + arm * 0.2, y + arm * 0.7);
            }
            case DIFFERENT_SCOPE -> {
                gc.setStroke(colour);
                gc.setLineWidth(Math.max(1.5, size / 6));
                gc.strokeOval(x - half * 0.85, y - half * 0.85, size * 0.85, size * 0.85);
                gc.fillOval(x - half * 0.3, y - half * 0.3, size * 0.3, size * 0.3);
            }
        }
    }
}
