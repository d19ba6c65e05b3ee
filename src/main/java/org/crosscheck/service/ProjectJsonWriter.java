package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.crosscheck.extract.Entity;
import org.crosscheck.model.Claim;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;

/**
 * Writes a project as a JSON project file (README, "JSON project"; the schema is
 * {@value ProjectFormat#SCHEMA}). Streams, so a project of thousands of articles is never held
 * twice; progress is reported every {@value #STEP} rows and may stop the writing (the caller
 * throws the unfinished file away).
 */
final class ProjectJsonWriter {

    private static final int STEP = 250;
    private static final JsonFactory FACTORY = new JsonFactory()
            // a file cut short by a failure must not look whole: no closing brackets written on close
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Progress progress;
    private long done;
    private long total;

    ProjectJsonWriter(Progress progress) {
        this.progress = progress;
    }

    void write(ProjectContents contents, String projectName, Instant exportedAt, OutputStream out) throws IOException {
        total = contents.sources().size() + contents.claims().size();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", ProjectFormat.FORMAT);
            json.writeNumberField("version", ProjectFormat.VERSION);
            json.writeStringField("project", projectName);
            json.writeStringField("exportedAt", exportedAt.toString());
            aliases(json, contents.aliases());
            tags(json, contents.tags());
            stories(json, contents.stories());
            json.writeArrayFieldStart("sources");
            for (ProjectContents.Article article : contents.sources()) {
                step("Writing the articles");
                source(json, article);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("claims");
            for (Claim claim : contents.claims()) {
                step("Writing the claims");
                claim(json, claim);
            }
            json.writeEndArray();
            json.writeFieldName("groupEdits");
            GroupEditsJson.write(json, contents.groupEdits());
            json.writeEndObject();
        }
    }

    private void step(String what) {
        if (done % STEP == 0) {
            progress.update(done, total, what);
        }
        done++;
    }

    /** Null when the project uses the default table, so a restored project goes on using the default. */
    private static void aliases(JsonGenerator json, List<Entity> aliases) throws IOException {
        if (aliases == null) {
            json.writeNullField("aliases");
            return;
        }
        json.writeArrayFieldStart("aliases");
        for (Entity entity : aliases) {
            json.writeStartObject();
            json.writeStringField("canonical", entity.canonical());
            json.writeStringField("type", ProjectFormat.key(entity.type()));
            json.writeArrayFieldStart("aliases");
            for (String alias : entity.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            json.writeStringField("within", entity.within());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void tags(JsonGenerator json, List<Tag> tags) throws IOException {
        json.writeArrayFieldStart("tags");
        for (Tag tag : tags) {
            json.writeStartObject();
            json.writeNumberField("id", tag.id());
            json.writeStringField("name", tag.name());
            json.writeStringField("color", tag.color());
            nullableId(json, "parent", tag.parentId());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void stories(JsonGenerator json, List<Story> stories) throws IOException {
        json.writeArrayFieldStart("stories");
        for (Story story : stories) {
            json.writeStartObject();
            json.writeNumberField("id", story.id());
            json.writeStringField("name", story.name());
            json.writeBooleanField("namedByHand", story.namedByHand());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void source(JsonGenerator json, ProjectContents.Article article) throws IOException {
        Source source = article.source();
        json.writeStartObject();
        json.writeNumberField("id", source.id());
        json.writeStringField("title", source.title());
        json.writeStringField("outlet", source.outlet());
        json.writeStringField("author", source.author());
        json.writeStringField("url", source.url());
        date(json, "published", source.published());
        json.writeStringField("importedFrom", source.importedFrom());
        json.writeStringField("importedAt", article.importedAt() == null ? null : article.importedAt().toString());
        json.writeStringField("contentHash", source.contentHash());
        json.writeStringField("grade", source.grade() == null ? null : source.grade().code());
        json.writeStringField("notes", source.notes());
        nullableId(json, "story", article.storyId());
        json.writeBooleanField("storyByHand", article.storyByHand());
        json.writeStringField("storyTerms", article.storyTerms());
        json.writeStringField("text", source.text());
        json.writeEndObject();
    }

    private static void claim(JsonGenerator json, Claim claim) throws IOException {
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
        json.writeObjectFieldStart("refersTo");
        json.writeStringField("words", claim.refersTo().words());
        dateFields(json, claim.refersTo().date());
        json.writeEndObject();
        Quantity quantity = claim.quantity();
        nullableNumber(json, "low", quantity.low());
        nullableNumber(json, "high", quantity.high());
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
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String field, FuzzyDate date) throws IOException {
        json.writeObjectFieldStart(field);
        dateFields(json, date);
        json.writeEndObject();
    }

    /** The first day of the period (null when unknown) and how exactly it is known. */
    private static void dateFields(JsonGenerator json, FuzzyDate date) throws IOException {
        json.writeStringField("date", date.isKnown() ? date.date().toString() : null);
        json.writeStringField("precision", ProjectFormat.key(date.precision()));
    }

    private static void nullableId(JsonGenerator json, String field, Long id) throws IOException {
        if (id == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, id);
        }
    }

    private static void nullableNumber(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
