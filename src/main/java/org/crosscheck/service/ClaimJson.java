package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;

/** A claim in a JSON project file: every field of the claim table, its figure flat, its tags by id. */
final class ClaimJson {

    private static final Set<String> FIELDS = Set.of("id", "source", "start", "end", "kind", "status", "origin",
            "subject", "speaker", "outlet", "place", "refersTo", "low", "high", "qualifier", "counted", "normalized",
            "role", "tags", "note", "chain", "subjectEntity", "placeEntity");
    private static final Set<String> CHAIN_FIELDS = Set.of("speaker", "speakerInArticle", "carriers", "edited");

    private ClaimJson() {
    }

    static void write(JsonGenerator json, Claim claim) throws IOException {
        write(json, claim, null, null, null);
    }

    /** The entities of the file's alias table a claim object is linked to, by name; null when it names none. */
    static ProjectContents.EntityNames entityNames(JsonFields claim) {
        String subject = claim.isNull("subjectEntity") ? null : claim.text("subjectEntity");
        String place = claim.isNull("placeEntity") ? null : claim.text("placeEntity");
        return subject == null && place == null ? null : new ProjectContents.EntityNames(subject, place);
    }

    /**
     * With its citation chain as saved (null when none was: it is read from the text again), its
     * speaker the one the window shows ({@code shown}): when the researcher's answers across articles
     * make "the Russian official" Zamir Kabulov, {@code speaker} is Kabulov and {@code speakerInArticle}
     * the speaker the chain was saved with, which a restore saves again (the answers come with the file);
     * {@code linked} names the entities of the project's alias table its subject and place are linked to
     * (null: none), which a restore links again, as the words may no longer name them.
     */
    static void write(JsonGenerator json, Claim claim, CitationChain chain, CitationChain shown,
                      ProjectContents.EntityNames linked) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", claim.id());
        json.writeNumberField("source", claim.sourceId());
        json.writeNumberField("start", claim.start());
        json.writeNumberField("end", claim.end());
        json.writeStringField("kind", ProjectFormat.key(claim.kind()));
        json.writeStringField("status", ProjectFormat.key(claim.status()));
        json.writeStringField("origin", ProjectFormat.key(claim.origin()));
        json.writeStringField("subject", claim.subject());
        json.writeStringField("speaker", claim.speaker());
        json.writeStringField("outlet", claim.outlet());
        json.writeStringField("place", claim.place());
        if (linked != null) { // the entity of the alias table, by name, where the words may no longer find it
            if (linked.subject() != null) {
                json.writeStringField("subjectEntity", linked.subject());
            }
            if (linked.place() != null) {
                json.writeStringField("placeEntity", linked.place());
            }
        }
        json.writeObjectFieldStart("refersTo");
        json.writeStringField("words", claim.refersTo().words());
        DateJson.writeFields(json, claim.refersTo().date());
        json.writeEndObject();
        Quantity quantity = claim.quantity();
        figure(json, "low", quantity.low());
        figure(json, "high", quantity.high());
        json.writeStringField("qualifier", quantity.qualifier());
        json.writeStringField("counted", quantity.counted());
        json.writeStringField("normalized", quantity.normalized());
        json.writeStringField("role", quantity.role());
        json.writeArrayFieldStart("tags");
        for (long tagId : claim.tagIds().stream().sorted().toList()) {
            json.writeNumber(tagId);
        }
        json.writeEndArray();
        json.writeStringField("note", claim.note());
        if (chain != null) {
            json.writeObjectFieldStart("chain");
            String speaker = shown == null ? chain.speaker() : shown.speaker();
            json.writeStringField("speaker", speaker);
            if (!speaker.equals(chain.speaker())) {
                json.writeStringField("speakerInArticle", chain.speaker());
            }
            json.writeArrayFieldStart("carriers");
            for (String carrier : chain.carriers()) {
                json.writeString(carrier);
            }
            json.writeEndArray();
            json.writeBooleanField("edited", chain.edited());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The chain a claim object carries as it is saved, or null: with the speaker of its own article
     * ({@code speakerInArticle}) when an answer across articles renamed it in the file, so the answer
     * (restored from {@code speakerMerges}) is not baked into the chain as well.
     */
    static CitationChain chain(JsonFields claim) {
        if (claim.isNull("chain")) {
            return null;
        }
        JsonFields chain = claim.object("chain");
        chain.only(CHAIN_FIELDS);
        String speaker = chain.isNull("speakerInArticle") ? chain.text("speaker") : chain.text("speakerInArticle");
        return new CitationChain(speaker, chain.texts("carriers"), "", chain.bool("edited"));
    }

    private static void figure(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** A claim the model refuses (an empty span, low above high) is named with what is wrong. */
    static Claim read(JsonFields claim) {
        claim.only(FIELDS);
        TimeReference refersTo = TimeReference.NONE;
        if (!claim.isNull("refersTo")) {
            JsonFields time = claim.object("refersTo");
            time.only(Set.of("words", "date", "precision"));
            refersTo = new TimeReference(time.text("words"), DateJson.readFields(time));
        }
        try {
            Quantity quantity = new Quantity(claim.number("low"), claim.number("high"), claim.text("qualifier"),
                    claim.text("counted"), claim.text("normalized"), claim.text("role"));
            return new Claim(claim.id("id"), claim.id("source"), claim.integer("start"), claim.integer("end"),
                    claim.choice("kind", ClaimKind.class), claim.choice("status", ClaimStatus.class),
                    claim.choice("origin", ClaimOrigin.class), claim.text("subject"), claim.text("speaker"),
                    claim.text("outlet"), claim.text("place"), refersTo, quantity, new HashSet<>(claim.ids("tags")),
                    claim.text("note"));
        } catch (IllegalArgumentException e) {
            throw claim.wrong(e.getMessage());
        }
    }
}
