package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Set;
import org.crosscheck.ingest.ContentHash;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectRows;

/** A source in a JSON project file: its details, its story and its full text, one object. */
final class SourceJson {

    private static final Set<String> FIELDS = Set.of("id", "title", "outlet", "author", "url", "published",
            "importedFrom", "importedAt", "contentHash", "grade", "notes", "story", "storyByHand", "storyTerms", "text",
            "speakerIdentities");

    private SourceJson() {
    }

    static void write(JsonGenerator json, ProjectRows.Article article) throws IOException {
        write(json, article, java.util.Map.of());
    }

    /** With who the researcher said its speakers are: written name key → person. */
    static void write(JsonGenerator json, ProjectRows.Article article, java.util.Map<String, String> identities)
            throws IOException {
        Source source = article.source();
        json.writeStartObject();
        json.writeNumberField("id", source.id());
        json.writeStringField("title", source.title());
        json.writeStringField("outlet", source.outlet());
        json.writeStringField("author", source.author());
        json.writeStringField("url", source.url());
        DateJson.write(json, "published", source.published());
        json.writeStringField("importedFrom", source.importedFrom());
        json.writeStringField("importedAt", article.importedAt() == null ? null : article.importedAt().toString());
        json.writeStringField("contentHash", source.contentHash());
        json.writeStringField("grade", source.grade() == null ? null : source.grade().code());
        json.writeStringField("notes", source.notes());
        if (article.storyId() == null) {
            json.writeNullField("story");
        } else {
            json.writeNumberField("story", article.storyId());
        }
        json.writeBooleanField("storyByHand", article.storyByHand());
        json.writeStringField("storyTerms", article.storyTerms());
        json.writeStringField("text", source.text());
        if (!identities.isEmpty()) {
            json.writeArrayFieldStart("speakerIdentities");
            for (var identity : new java.util.TreeMap<>(identities).entrySet()) {
                json.writeStartObject();
                json.writeStringField("written", identity.getKey());
                json.writeStringField("person", identity.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** The speaker identities a source object carries: written name key → person. */
    static java.util.Map<String, String> identities(JsonFields source) {
        java.util.Map<String, String> identities = new java.util.HashMap<>();
        if (source.isNull("speakerIdentities")) {
            return identities;
        }
        for (JsonFields identity : source.objects("speakerIdentities")) {
            identity.only(Set.of("written", "person"));
            identities.put(identity.requiredText("written"), identity.requiredText("person"));
        }
        return identities;
    }

    /** An empty content hash (a file written by hand) is made from the text, as an import makes it. */
    static ProjectRows.Article read(JsonFields source) {
        source.only(FIELDS);
        String text = source.requiredText("text");
        String hash = source.text("contentHash");
        Grade grade;
        try {
            grade = Grade.parse(source.textOrNull("grade"));
        } catch (IllegalArgumentException e) {
            throw source.wrong("grade", "is not a grade: " + e.getMessage());
        }
        Source read = new Source(source.id("id"), source.text("title"), source.text("outlet"), source.text("author"),
                source.text("url"), DateJson.read(source, "published"), source.text("importedFrom"),
                hash.isBlank() ? ContentHash.of(text) : hash, text, grade, source.text("notes"));
        return new ProjectRows.Article(read, source.idOrNull("story"), source.bool("storyByHand"),
                source.textOrNull("storyTerms"), DateJson.time(source, "importedAt"));
    }
}
