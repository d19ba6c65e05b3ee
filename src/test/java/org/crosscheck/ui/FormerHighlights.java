package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The highlights as they were computed before the sweep (ClaimHighlights and ArticleViewModel.claimAt
 * of commit ab7f0c4), kept only so the benchmark can run the old way beside the new in one process:
 * every segment filters every claim.
 */
final class FormerHighlights {

    private FormerHighlights() {
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
        return builder.create();
    }

    static Optional<Claim> claimAt(List<Claim> claims, int offset) {
        return claims.stream()
                .filter(claim -> claim.start() <= offset && offset < claim.end())
                .min(Comparator.comparingInt(claim -> claim.end() - claim.start()));
    }

    private static Collection<String> classesFor(int from, int to, List<Claim> claims, Claim selected) {
        List<String> classes = new ArrayList<>();
        claims.stream().filter(claim -> claim.overlaps(from, to))
                .sorted((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()))
                .forEach(claim -> {
                    classes.add(ClaimStyles.CLAIM);
                    classes.add(ClaimStyles.kindClass(claim));
                    classes.add(ClaimStyles.statusClass(claim));
                    if (selected != null && claim.id() == selected.id()) {
                        classes.add(ClaimStyles.SELECTED);
                    }
                });
        return classes;
    }
}
