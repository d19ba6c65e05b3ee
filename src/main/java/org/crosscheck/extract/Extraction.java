package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quantity;

/**
 * What the extractor found in one text: every mention in text order, and the suggested claims.
 *
 * @param mentions quantities, dates, times, durations, sets and attributions, ordered by start
 * @param defined  names the text defines that the alias table does not know ("… Forces (ANDSF)"),
 *                 which the researcher may add to it
 */
public record Extraction(List<Mention> mentions, List<Entity> defined) {

    public Extraction {
        mentions = List.copyOf(mentions);
        defined = List.copyOf(defined);
    }

    /** The mentions of one kind, in text order. */
    public List<Mention> of(MentionKind kind) {
        return mentions.stream().filter(mention -> mention.kind() == kind).toList();
    }

    /**
     * One suggested claim per quantity mention, and an event claim per toll the grammar implies
     * ("A man was killed", counting one): status SUGGESTED, origin EXTRACTED, with its interval,
     * role, subject, place, speaker, outlet and time.
     */
    public List<Claim> suggestions(long sourceId) {
        return mentions.stream().filter(mention -> mention.kind() == MentionKind.QUANTITY
                        || mention.kind() == MentionKind.EVENT)
                .map(mention -> new Claim(0, sourceId, mention.start(), mention.end(),
                        mention.kind() == MentionKind.EVENT ? ClaimKind.EVENT : ClaimKind.QUANTITY,
                        ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED, mention.subject(), mention.speaker(),
                        mention.outlet(), mention.place(), mention.refersTo(),
                        new Quantity(mention.low(), mention.high(), mention.qualifier(), mention.counted(),
                                mention.normalized(), mention.role()),
                        Set.of(), "")).toList();
    }
}
