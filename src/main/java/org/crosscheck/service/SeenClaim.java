package org.crosscheck.service;

import org.crosscheck.model.Claim;

/** A claim as a window showed it, with the version it had then: what a save of an edit is checked against. */
public record SeenClaim(Claim claim, long version) { }
