package org.crosscheck.ui;

import javafx.scene.Parent;

/**
 * View › Zoom in, Zoom out, Actual size: the size of the window's text — the article, the lists
 * and the tables — in steps, remembered. The theme gives its sizes in em of the root's, so setting
 * the root's size scales them all. JavaFX thread only.
 */
final class TextSize {

    /** The root's size at "actual size", as in the theme. */
    static final double BASE_PX = 13;
    private static final double[] STEPS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5};
    private static final int ACTUAL = 3;
    private static final String KEY = "text.scale";

    private final Settings settings;
    private Parent root;
    private int step;

    TextSize(Settings settings) {
        this.settings = settings;
        double saved = settings.number(KEY).orElse(1.0);
        step = ACTUAL;
        for (int i = 0; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - saved) < 1e-6) {
                step = i;
            }
        }
    }

    /** Sizes this root's text, now and at each later change. */
    void apply(Parent target) {
        this.root = target;
        show();
    }

    /** One step larger (1), smaller (-1), or back to the actual size (0). */
    void zoom(int direction) {
        step = direction == 0 ? ACTUAL : Math.max(0, Math.min(STEPS.length - 1, step + direction));
        settings.put(KEY, STEPS[step]);
        show();
    }

    double scale() {
        return STEPS[step];
    }

    private void show() {
        if (root != null) {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_PX * scale()));
        }
    }
}
