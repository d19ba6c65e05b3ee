package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Origin;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

/**
 * The comparison as the {@code compare} command prints it: {@code {"groups": [...]}}, pretty, UTF-8,
 * figures as numbers, missing values as null. Written field by field to a streaming generator as it
 * goes, group after group, so that the comparison of 10,000 articles (some 25 MB of JSON) is never
 * held as a tree or a string. Stateless.
 */
public final class ComparisonJson {

    /**
     * Writes UTF-8 bytes itself, rather than characters for a writer to encode again (a quarter of
     * the writing's time on 32 MB); a character outside the BMP as its four bytes, as the writer did.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Groups whose verdicts' reasons are written together, on every core, before they are printed. */
    private static final int AHEAD = 64;

    private ComparisonJson() {
    }

    /** Writes every group of {@code comparison} to {@code out}, and a line end; {@code out} is flushed, not closed. */
    public static void write(Comparison comparison, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("groups");
            List<ComparisonGroup> groups = comparison.groups();
            for (int from = 0; from < groups.size(); from += AHEAD) {
                List<ComparisonGroup> next = groups.subList(from, Math.min(groups.size(), from + AHEAD));
                // the reasons are written when first asked for: these groups' on every core, then printed in order
                next.parallelStream().forEach(group -> group.verdicts().forEach(PairVerdict::reason));
                for (ComparisonGroup group : next) {
                    group(json, group);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison as JSON", e);
        }
    }

    private static void group(JsonGenerator json, ComparisonGroup group) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", group.name());
        text(json, "key", group.key() == null ? null : group.key().display());
        text(json, "story", group.story().map(Statement.StoryRef::name).orElse(null));
        text(json, "note", group.note());
        json.writeArrayFieldStart("statements");
        for (Statement statement : group.statements()) {
            statement(json, statement);
        }
        json.writeEndArray();
        List<Origin> origins = group.origins(); // found once: the evidence counts them, the list names them
        json.writeStringField("evidence", ComparisonGroup.evidence(group.statements().size(), group.sources(), origins.size()));
        json.writeArrayFieldStart("origins");
        for (Origin origin : origins) {
            json.writeStartObject();
            json.writeStringField("name", origin.name());
            json.writeArrayFieldStart("statements");
            for (int member : origin.statements()) {
                json.writeNumber(member);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("verdicts");
        for (PairVerdict pair : group.verdicts()) {
            json.writeStartObject();
            json.writeNumberField("a", pair.a());
            json.writeNumberField("b", pair.b());
            json.writeStringField("verdict", pair.verdict().key());
            json.writeStringField("reason", pair.reason());
            if (pair.overridden()) {
                json.writeBooleanField("overridden", true);
                json.writeStringField("note", pair.overrideNote());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void statement(JsonGenerator json, Statement statement) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", statement.sourceTitle());
        text(json, "file", statement.file());
        json.writeStringField("text", statement.quote());
        number(json, "low", statement.claim().quantity().low());
        number(json, "high", statement.claim().quantity().high());
        text(json, "qualifier", statement.claim().quantity().qualifier());
        text(json, "role", statement.claim().quantity().role());
        text(json, "speaker", statement.claim().speaker());
        text(json, "outlet", statement.outletOrSource());
        text(json, "place", statement.claim().place());
        text(json, "refersTo", statement.claim().refersTo().date().isKnown()
                ? statement.claim().refersTo().date().display() : null);
        text(json, "published", statement.published().isKnown() ? statement.published().display() : null);
        json.writeFieldName("chain");
        chain(json, statement.chain());
        json.writeEndObject();
    }

    /** {"speaker": …, "carriers": […], "outlet": …, "edited": …, "text": "Kabulov → Interfax → Breitbart News"}. */
    private static void chain(JsonGenerator json, CitationChain chain) throws IOException {
        json.writeStartObject();
        text(json, "speaker", chain.speaker());
        json.writeArrayFieldStart("carriers");
        for (String carrier : chain.carriers()) {
            json.writeString(carrier);
        }
        json.writeEndArray();
        text(json, "outlet", chain.outlet());
        json.writeBooleanField("edited", chain.edited());
        json.writeStringField("text", chain.describe());
        json.writeEndObject();
    }

    /** A figure, or null for an open end; a whole figure without a decimal point. */
    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, value.longValue());
        } else {
            json.writeNumberField(field, value.doubleValue());
        }
    }

    /** A text, or null when it is blank. */
    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value == null || value.isBlank()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
