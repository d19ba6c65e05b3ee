package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns claims into style spans over the article text: every stretch of text gets the style
 * classes of the claims covering it, so overlapping claims show both.
 */
final class ClaimHighlights {

    static final String CLAIM = "claim";
    static final String SELECTED = "claim-selected";

    private ClaimHighlights() {
    }

    static String kindClass(Claim claim) {
        return "claim-" + claim.kind().key();
    }

    static String statusClass(Claim claim) {
        return "status-" + claim.status().key();
    }

    static StyleSpans<Collection<String>> spans(int textLength, List<Claim> claims, Claim selected) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (Claim claim : claims) {
            cuts.add(Math.min(claim.start(), textLength));
            cuts.add(Math.min(claim.end(), textLength));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            builder.add(classesFor(from, to, claims, selected), to - from);
            from = to;
        }
        if (textLength == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> classesFor(int from, int to, List<Claim> claims, Claim selected) {
        List<String> classes = new ArrayList<>();
        // Wider claims first, so the innermost claim's classes come last and win in CSS.
        claims.stream().filter(claim -> claim.overlaps(from, to))
                .sorted((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()))
                .forEach(claim -> {
                    classes.add(CLAIM);
                    classes.add(kindClass(claim));
                    classes.add(statusClass(claim));
                    if (selected != null && claim.id() == selected.id()) {
                        classes.add(SELECTED);
                    }
                });
        return classes;
    }
}
