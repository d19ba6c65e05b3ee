package org.crosscheck.compare;

import java.util.Objects;
import org.crosscheck.model.StoryFingerprint;

/** One article to cluster into stories: the id of its source and its fingerprint. */
public record StoryInput(long sourceId, StoryFingerprint fingerprint) {

    public StoryInput {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
