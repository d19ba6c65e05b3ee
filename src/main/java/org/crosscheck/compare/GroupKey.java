package org.crosscheck.compare;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;

/**
 * What makes statements about the same quantity: the entity they are about (after aliases), the
 * thing counted (normalised) and the base place, so "northern Afghanistan" joins "Afghanistan".
 *
 * @param id a stable text form, used to refer to the group in hand edits
 */
public record GroupKey(String subject, String counted, String place, String id) {

    /** The key of a claim with a figure, or empty when it has nothing to be compared on. */
    public static Optional<GroupKey> of(Claim claim) {
        if (claim.status() == ClaimStatus.REJECTED || claim.quantity().normalized().isBlank()
                || (claim.quantity().low() == null && claim.quantity().high() == null)) {
            return Optional.empty();
        }
        if (claim.subject().isBlank()) {
            // Without the entity it is about, "people" or "points" would join figures from unrelated
            // stories; the researcher can still link such claims by hand (Claim › Mark for linking).
            return Optional.empty();
        }
        String subject = claim.subject().strip();
        String counted = claim.quantity().normalized().strip();
        String place = Places.base(claim.place());
        String id = fold(subject) + "|" + fold(counted) + "|" + fold(place);
        return Optional.of(new GroupKey(subject, counted, place, id));
    }

    /** "Islamic State · fighters · Afghanistan", leaving out what is unknown. */
    public String display() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {subject, counted, place}) {
            if (!part.isBlank()) {
                text.append(text.length() == 0 ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
