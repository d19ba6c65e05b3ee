package org.crosscheck.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;

/** The style classes a claim gives its words in the article (and its badge in the panel). */
final class ClaimStyles {

    static final String CLAIM = "claim";
    static final String SELECTED = "claim-selected";

    /** One shared list per kind and status: an article of 20,000 claims needs eight, not 20,000. */
    private static final Map<ClaimKind, Map<ClaimStatus, List<String>>> OF_CLAIM = new EnumMap<>(ClaimKind.class);

    static {
        for (ClaimKind kind : ClaimKind.values()) {
            Map<ClaimStatus, List<String>> byStatus = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                byStatus.put(status, List.of(CLAIM, "claim-" + kind.key(), "status-" + status.key()));
            }
            OF_CLAIM.put(kind, byStatus);
        }
    }

    private ClaimStyles() {
    }

    static String kindClass(Claim claim) {
        return "claim-" + claim.kind().key();
    }

    static String statusClass(Claim claim) {
        return "status-" + claim.status().key();
    }

    /** claim, claim-KIND, status-STATUS: immutable and shared. */
    static List<String> of(Claim claim) {
        return OF_CLAIM.get(claim.kind()).get(claim.status());
    }
}
