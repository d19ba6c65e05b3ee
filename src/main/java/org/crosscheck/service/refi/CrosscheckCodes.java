package org.crosscheck.service.refi;

import java.util.Arrays;
import java.util.Optional;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;

/**
 * The codes every Crosscheck export carries besides the researcher's tags: a claim's kind and its
 * review status, each a code under a parent that cannot itself be coded ("Claim kind" › "quantity").
 * Their GUIDs are the same in every export, so an import recognises them by GUID, also in a file
 * that went through another QDA tool, and turns them back into kind and status rather than tags.
 */
public final class CrosscheckCodes {

    static final String KIND_ROOT = RefiGuids.fixed("code:kind");
    static final String STATUS_ROOT = RefiGuids.fixed("code:status");

    private CrosscheckCodes() {
    }

    static String kind(ClaimKind kind) {
        return RefiGuids.fixed("code:kind:" + kind.key());
    }

    static String status(ClaimStatus status) {
        return RefiGuids.fixed("code:status:" + status.key());
    }

    /** The colour of a kind's code: the hue of its highlight in the window. */
    static String color(ClaimKind kind) {
        return switch (kind) {
            case QUANTITY -> "#1f77b4";
            case EVENT -> "#d62728";
            case QUOTE -> "#2ca02c";
            case OTHER -> "#7f7f7f";
        };
    }

    /** Whether a code is one of these (or their parents) rather than a tag of the researcher. */
    public static boolean isOwn(String guid) {
        return guid.equalsIgnoreCase(KIND_ROOT) || guid.equalsIgnoreCase(STATUS_ROOT)
                || kindOf(guid).isPresent() || statusOf(guid).isPresent();
    }

    public static Optional<ClaimKind> kindOf(String guid) {
        return Arrays.stream(ClaimKind.values()).filter(kind -> kind(kind).equalsIgnoreCase(guid)).findFirst();
    }

    public static Optional<ClaimStatus> statusOf(String guid) {
        return Arrays.stream(ClaimStatus.values()).filter(status -> status(status).equalsIgnoreCase(guid)).findFirst();
    }
}
