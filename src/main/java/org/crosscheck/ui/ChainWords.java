package org.crosscheck.ui;

import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;

/**
 * What a claim's row in the Claims list says of who said it: the speaker alone when that is all
 * the chain says, else the chain ("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News";
 * "Alexander Bortnikov → RT" for "a top Russian security official"). Pure.
 */
final class ChainWords {

    private ChainWords() {
    }

    /** The words for the row; empty when neither a speaker nor a chain is known. */
    static String of(Claim claim, CitationChain chain) {
        if (chain == null || !differsFromSpeaker(claim, chain)) {
            return claim.speaker().strip();
        }
        return chain.describe();
    }

    /** Whether the chain says more than the claim's speaker: an outlet between, or another speaker. */
    static boolean differsFromSpeaker(Claim claim, CitationChain chain) {
        if (!chain.carriers().isEmpty()) {
            return true;
        }
        return !chain.speaker().isEmpty() && !CitationChain.nameKey(chain.speaker()).equals(CitationChain.nameKey(claim.speaker()));
    }
}
