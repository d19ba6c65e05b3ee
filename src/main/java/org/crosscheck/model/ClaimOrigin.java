package org.crosscheck.model;

/** Who made a claim: the extractor or the researcher. */
public enum ClaimOrigin {
    EXTRACTED, MANUAL
}
