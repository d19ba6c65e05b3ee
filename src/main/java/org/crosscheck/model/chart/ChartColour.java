package org.crosscheck.model.chart;

/**
 * A colour of a chart, independent of any drawing surface: red, green, blue and opacity from 0
 * to 1, the way JavaFX counts them, so the window draws exactly the colours it always drew and a
 * PDF gets the same. Immutable.
 */
public record ChartColour(double red, double green, double blue, double opacity) {

    /** How much {@link #darker()} keeps of each component, as JavaFX's {@code Color.darker()}. */
    private static final double DARKER = 0.7;

    public ChartColour {
        if (!(inRange(red) && inRange(green) && inRange(blue) && inRange(opacity))) {
            throw new IllegalArgumentException("colour components lie in 0..1, not " + red + ", " + green + ", "
                    + blue + ", " + opacity);
        }
    }

    /** An opaque colour from "#RRGGBB". */
    public static ChartColour web(String hex) {
        int rgb = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new ChartColour(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1);
    }

    /** Seven tenths of the brightness, same hue and saturation (scaling every component scales HSB brightness). */
    public ChartColour darker() {
        return new ChartColour(red * DARKER, green * DARKER, blue * DARKER, opacity);
    }

    /** The same colour with its opacity multiplied by {@code factor}, at most fully opaque. */
    public ChartColour fading(double factor) {
        return new ChartColour(red, green, blue, Math.max(0, Math.min(1, opacity * factor)));
    }

    private static boolean inRange(double component) {
        return component >= 0 && component <= 1;
    }
}
