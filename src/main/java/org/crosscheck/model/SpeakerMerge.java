package org.crosscheck.model;

import java.util.Objects;

/**
 * The researcher's answer to whether a speaker of one article is the person named in another:
 * "Kabulov" in the RT article is (or is not) "Zamir Kabulov" of the Breitbart article. The
 * speakers are name keys ({@link CitationChain#nameKey}).
 *
 * @param same true: one speaker, so one origin; false: kept apart, two origins
 */
public record SpeakerMerge(long sourceId, String written, long otherSourceId, String otherWritten, boolean same) {

    public SpeakerMerge {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(otherWritten, "otherWritten");
        if (sourceId == otherSourceId) {
            throw new IllegalArgumentException("A speaker is merged with one of another article.");
        }
    }

    /** Whether this answer is about {@code written} of one article and {@code otherWritten} of another, either way round. */
    public boolean concerns(long source, String speaker, long otherSource, String otherSpeaker) {
        return sourceId == source && written.equals(speaker) && otherSourceId == otherSource && otherWritten.equals(otherSpeaker)
                || sourceId == otherSource && written.equals(otherSpeaker) && otherSourceId == source
                && otherWritten.equals(speaker);
    }
}
