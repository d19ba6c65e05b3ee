package org.crosscheck.service.refi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs a .qdpx names every object by, derived from what the object is and its id (name-based
 * UUIDs), never random: two exports of the same project are byte for byte the same, and a tool that
 * keeps GUIDs (as the standard asks) can tell a re-export of the same claim from a new one.
 */
public final class RefiGuids {

    private RefiGuids() {
    }

    public static String source(long id) {
        return of("source:" + id);
    }

    public static String selection(long claimId) {
        return of("claim:" + claimId);
    }

    public static String coding(long claimId, String codeGuid) {
        return of("coding:" + claimId + ":" + codeGuid);
    }

    public static String tag(long id) {
        return of("tag:" + id);
    }

    public static String claimNote(long claimId) {
        return of("claim-note:" + claimId);
    }

    public static String sourceNote(long sourceId) {
        return of("source-note:" + sourceId);
    }

    public static String story(long id) {
        return of("story:" + id);
    }

    /** A code, variable or case Crosscheck writes into every export ("kind:quantity", "variable:outlet"). */
    static String fixed(String name) {
        return of(name);
    }

    private static String of(String name) {
        return UUID.nameUUIDFromBytes(("crosscheck:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
