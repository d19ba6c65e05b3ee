package org.crosscheck.service;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;

/**
 * Decides what a re-scan changes, so that it never overrides the researcher: claims made by hand
 * and suggestions already confirmed or rejected stay as they are, and a fresh suggestion on the
 * same words as one of them is dropped (a rejected suggestion stays rejected). Open suggestions
 * are refreshed in place (keeping their id, tags and note) or removed when no longer found.
 */
final class SuggestionMerge {

    private SuggestionMerge() {
    }

    static ClaimChanges plan(String description, List<Claim> existing, List<Claim> fresh) {
        List<Claim> settled = existing.stream().filter(SuggestionMerge::isSettled).toList();
        List<Claim> open = new ArrayList<>(existing.stream().filter(claim -> !isSettled(claim)).toList());
        List<Claim> inserted = new ArrayList<>();
        List<ClaimChanges.Change> changed = new ArrayList<>();
        for (Claim suggestion : fresh) {
            if (settled.stream().anyMatch(claim -> covers(claim, suggestion))) {
                continue;
            }
            Claim match = open.stream().filter(claim -> sameWords(claim, suggestion)).findFirst().orElse(null);
            if (match == null) {
                inserted.add(suggestion.withId(0));
                continue;
            }
            open.remove(match);
            Claim refreshed = refreshed(match, suggestion);
            if (!refreshed.equals(match)) {
                changed.add(new ClaimChanges.Change(match, refreshed));
            }
        }
        return new ClaimChanges(description, inserted, changed, open);
    }

    /** Made by hand, or already judged by the researcher. */
    private static boolean isSettled(Claim claim) {
        return claim.origin() == ClaimOrigin.MANUAL || claim.status() != ClaimStatus.SUGGESTED;
    }

    /** A settled claim covers a suggestion on overlapping words of the same kind. */
    private static boolean covers(Claim settled, Claim suggestion) {
        return settled.sourceId() == suggestion.sourceId() && settled.kind() == suggestion.kind()
                && settled.overlaps(suggestion.start(), suggestion.end());
    }

    private static boolean sameWords(Claim a, Claim b) {
        return a.sourceId() == b.sourceId() && a.start() == b.start() && a.end() == b.end() && a.kind() == b.kind();
    }

    /** The new reading of the text, with what the researcher attached to the old one. */
    private static Claim refreshed(Claim old, Claim suggestion) {
        return new Claim(old.id(), old.sourceId(), suggestion.start(), suggestion.end(), suggestion.kind(),
                ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED, suggestion.subject(), suggestion.speaker(),
                suggestion.outlet(), suggestion.place(), suggestion.refersTo(), suggestion.quantity(), old.tagIds(),
                old.note());
    }
}
