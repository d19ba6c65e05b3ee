package org.crosscheck.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.compare.TrendWords;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimContext;

/** Makes the contexts of claims from their article's text: once when they are saved, else when compared. */
final class ClaimContexts {

    private ClaimContexts() {
    }

    static ClaimContext of(String text, Claim claim) {
        return new ClaimContext(claim.textIn(text), TrendWords.around(text, claim.start(), claim.end()));
    }

    /** The contexts of claims of one article, by claim id. */
    static Map<Long, ClaimContext> of(String text, List<Claim> claims) {
        Map<Long, ClaimContext> byClaim = new HashMap<>();
        for (Claim claim : claims) {
            byClaim.put(claim.id(), of(text, claim));
        }
        return byClaim;
    }
}
