package org.crosscheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A span of a source's text that states something, with what the researcher (or the extractor)
 * knows about it. {@code start} and {@code end} are character offsets into the source text,
 * end exclusive. {@code subject} is the entity the claim is about, by its canonical name
 * ("Islamic State"), so that claims from different sources can be grouped.
 */
public record Claim(long id, long sourceId, int start, int end, ClaimKind kind, ClaimStatus status,
                    ClaimOrigin origin, String subject, String speaker, String outlet, String place,
                    TimeReference refersTo, Quantity quantity, Set<Long> tagIds, String note) {

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a claim spans at least one character, not " + start + ".." + end);
        }
        subject = Source.nullToEmpty(subject);
        speaker = Source.nullToEmpty(speaker);
        outlet = Source.nullToEmpty(outlet);
        place = Source.nullToEmpty(place);
        note = Source.nullToEmpty(note);
        refersTo = refersTo == null ? TimeReference.NONE : refersTo;
        quantity = quantity == null ? Quantity.EMPTY : quantity;
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
    }

    /** A new hand-made claim, confirmed, with nothing filled in yet. */
    public static Claim manual(long sourceId, int start, int end, ClaimKind kind) {
        return new Claim(0, sourceId, start, end, kind, ClaimStatus.CONFIRMED, ClaimOrigin.MANUAL,
                "", "", "", "", TimeReference.NONE, Quantity.EMPTY, Set.of(), "");
    }

    public Claim withId(long newId) {
        return new Claim(newId, sourceId, start, end, kind, status, origin, subject, speaker, outlet, place,
                refersTo, quantity, tagIds, note);
    }

    public Claim withStatus(ClaimStatus newStatus) {
        return new Claim(id, sourceId, start, end, kind, newStatus, origin, subject, speaker, outlet, place,
                refersTo, quantity, tagIds, note);
    }

    public Claim withTags(Set<Long> newTagIds) {
        return new Claim(id, sourceId, start, end, kind, status, origin, subject, speaker, outlet, place,
                refersTo, quantity, newTagIds, note);
    }

    /** The claimed words, cut from the source text. */
    public String textIn(String sourceText) {
        return sourceText.substring(Math.min(start, sourceText.length()), Math.min(end, sourceText.length()));
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** Ordering by position in the text, as the claims panel lists them. */
    public static final java.util.Comparator<Claim> IN_TEXT_ORDER =
            java.util.Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end).thenComparingLong(Claim::id);

    public static List<Claim> inTextOrder(List<Claim> claims) {
        return claims.stream().sorted(IN_TEXT_ORDER).toList();
    }
}
