package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;

/** The claims of an article as they were read, with each one's version at that moment. */
public record SeenClaims(List<Claim> claims, Map<Long, Long> versions) {

    public SeenClaims {
        claims = List.copyOf(claims);
        versions = Map.copyOf(versions);
    }

    /** The claim as seen, with its version then. */
    public SeenClaim of(Claim claim) {
        Long version = versions.get(claim.id());
        if (version == null) {
            throw new IllegalArgumentException("Claim " + claim.id() + " was not among the claims read.");
        }
        return new SeenClaim(claim, version);
    }
}
