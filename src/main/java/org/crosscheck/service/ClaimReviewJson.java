package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * Writes the ClaimReview export (README, "ClaimReview"): schema.org JSON-LD as fact-checkers
 * publish it, one {@code ClaimReview} in the {@code @graph} per {@link ReviewedStatement}. Streams;
 * progress every {@value #STEP} reviews may stop the writing (the caller throws the file away).
 */
final class ClaimReviewJson {

    static final String CONTEXT = "https://schema.org";
    private static final int STEP = 200;
    private static final JsonFactory FACTORY = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ExportSnapshot snapshot;
    private final AliasTable aliases;

    ClaimReviewJson(ExportSnapshot snapshot) {
        this.snapshot = snapshot;
        this.aliases = snapshot.aliases();
    }

    /** Writes the reviews by {@code researcher}, published on {@code date}; returns how many were written. */
    long write(String researcher, LocalDate date, OutputStream out, Progress progress) throws IOException {
        List<ReviewedStatement> reviews = ReviewedStatement.in(snapshot.groups());
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("@context", CONTEXT);
            json.writeArrayFieldStart("@graph");
            long done = 0;
            for (ReviewedStatement review : reviews) {
                if (done % STEP == 0) {
                    progress.update(done, reviews.size(), "Writing the claim reviews");
                }
                review(json, review, researcher, date);
                done++;
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        return reviews.size();
    }

    private void review(JsonGenerator json, ReviewedStatement review, String researcher, LocalDate date)
            throws IOException {
        Statement statement = review.statement();
        json.writeStartObject();
        json.writeStringField("@type", "ClaimReview");
        json.writeStringField("claimReviewed", statement.quote());
        json.writeFieldName("itemReviewed");
        claim(json, statement);
        json.writeFieldName("author");
        named(json, SpeakerKind.PERSON, researcher);
        json.writeStringField("datePublished", date.toString());
        json.writeObjectFieldStart("reviewRating");
        json.writeStringField("@type", "Rating");
        json.writeStringField("alternateName", RatingWords.of(review));
        json.writeEndObject();
        json.writeStringField("reviewBody", reasons(review));
        json.writeFieldName("about"); // what is counted: the comparison group's name
        named(json, "Thing", review.group().name());
        json.writeEndObject();
    }

    /**
     * The claim as made: who made it — the original speaker of its chain as the window names them
     * ("Alexander Bortnikov" for "a top Russian security official", Zamir Kabulov for one the
     * researcher said is he), else its speaker as written — and the article it appears in.
     */
    private void claim(JsonGenerator json, Statement statement) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "Claim");
        String speaker = statement.chain().speaker().isBlank() ? statement.claim().speaker() : statement.chain().speaker();
        if (!speaker.isBlank()) {
            json.writeFieldName("author");
            named(json, SpeakerKind.of(speaker, aliases), speaker);
        } else if (!statement.outletOrSource().isBlank()) {
            json.writeFieldName("author"); // no speaker: the outlet it is attributed to says it
            named(json, SpeakerKind.ORGANIZATION, statement.outletOrSource());
        }
        if (statement.published().isKnown()) {
            json.writeStringField("datePublished", statement.published().display());
        }
        json.writeFieldName("appearance");
        appearance(json, snapshot.source(statement.claim().sourceId()));
        json.writeEndObject();
    }

    private static void appearance(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "CreativeWork");
        json.writeStringField("headline", source.title());
        if (!source.url().isBlank()) {
            json.writeStringField("url", source.url());
        }
        if (!source.outlet().isBlank()) {
            json.writeFieldName("publisher");
            named(json, SpeakerKind.ORGANIZATION, source.outlet());
        }
        if (!source.author().isBlank()) {
            json.writeFieldName("author");
            named(json, SpeakerKind.PERSON, source.author());
        }
        if (source.published().isKnown()) {
            json.writeStringField("datePublished", source.published().display());
        }
        json.writeEndObject();
    }

    private static void named(JsonGenerator json, String type, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", type);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    /** Why: the reason of every verdict other than agrees, one a line. */
    private static String reasons(ReviewedStatement review) {
        return review.counterparts().stream().filter(counterpart -> counterpart.verdict() != Verdict.AGREES)
                .map(ClaimReviewJson::reason).collect(Collectors.joining("\n"));
    }

    /** "contradicts: ≥ 10,000 vs …", and for an override what the researcher noted beside the rules' reason. */
    private static String reason(ReviewedStatement.Counterpart counterpart) {
        String verdict = counterpart.verdict().label();
        if (!counterpart.pair().overridden()) {
            return verdict + ": " + counterpart.pair().reason();
        }
        String note = counterpart.pair().overrideNote().isBlank() ? "" : ": " + counterpart.pair().overrideNote();
        String rules = counterpart.pair().reason().startsWith("set by the researcher") ? ""
                : "; the rules' reason: " + counterpart.pair().reason();
        return verdict + " (set by the researcher" + note + ")" + rules;
    }
}
