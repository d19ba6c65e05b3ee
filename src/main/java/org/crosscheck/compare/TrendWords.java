package org.crosscheck.compare;

import java.util.regex.Pattern;
import org.crosscheck.model.Sentences;

/**
 * Whether the sentence around a figure says the figure is changing ("is growing", "continuing to
 * grow", "has doubled"): then a far-apart figure from another time is a change, not a contradiction.
 */
public final class TrendWords {

    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(grow|grows|growing|grown|grew|rising|rose|"
            + "risen|increas(?:e|es|ed|ing)|swell(?:s|ed|ing)?|doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|"
            + "expand(?:s|ed|ing)?|declin(?:e|ed|ing)|shrink(?:s|ing)?|shrank|fall(?:s|ing)?|fell|dropp(?:ed|ing)|"
            + "climb(?:s|ed|ing)?|jump(?:s|ed)?|up from|down from|has since|have since)\\b");

    private TrendWords() {
    }

    /** Looks at the sentence holding {@code [start, end)} in the text. */
    public static boolean around(String text, int start, int end) {
        int from = Sentences.start(text, Math.min(start, text.length()));
        int to = Sentences.end(text, Math.min(end, text.length()));
        return CHANGE.matcher(text.substring(from, to)).find();
    }
}
