package org.crosscheck.model;

import java.util.List;

/** Two statements from different sources that may be about the same event, and why we think so. */
public record EventSuggestion(long claimA, long claimB, double score, List<String> sharedWords) {

    public EventSuggestion {
        sharedWords = List.copyOf(sharedWords);
    }
}
