package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

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

    /**
     * @param shown every claim's chain as the window shows it ({@link CitationChains#asShown}): a saved
     *              chain is written with the speaker the researcher's answers across articles make it
     */
    void write(ProjectContents contents, java.util.Map<Long, org.crosscheck.model.CitationChain> shown,
               String projectName, Instant exportedAt, OutputStream out) throws IOException {
        total = contents.sources().size() + contents.claims().size();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new RowPerLinePrinter());
            json.writeStartObject();
            json.writeStringField("format", ProjectFormat.FORMAT);
            json.writeNumberField("version", ProjectFormat.VERSION);
            json.writeStringField("project", projectName);
            json.writeStringField("exportedAt", exportedAt.toString());
            aliases(json, contents.aliases());
            tags(json, contents.tags());
            stories(json, contents.stories());
            json.writeArrayFieldStart("sources");
            for (ProjectRows.Article article : contents.sources()) {
                step("Writing the articles");
                SourceJson.write(json, article, contents.identities().getOrDefault(article.source().id(), java.util.Map.of()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("claims");
            for (Claim claim : contents.claims()) {
                step("Writing the claims");
                ClaimJson.write(json, claim, contents.chains().get(claim.id()), shown.get(claim.id()),
                        contents.entityLinks().get(claim.id()));
            }
            json.writeEndArray();
            json.writeFieldName("groupEdits");
            GroupEditsJson.write(json, contents.groupEdits());
            sourceGrades(json, contents.sourceGrades());
            speakerMerges(json, contents.speakerMerges());
            json.writeEndObject();
            json.writeRaw('\n');
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

    private static void sourceGrades(JsonGenerator json, List<org.crosscheck.model.SourceGrade> grades)
            throws IOException {
        json.writeArrayFieldStart("sourceGrades");
        for (org.crosscheck.model.SourceGrade grade : grades) {
            json.writeStartObject();
            json.writeStringField("kind", ProjectFormat.key(grade.party()));
            json.writeStringField("name", grade.name());
            json.writeStringField("grade", grade.grade().code());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** In a stable order (by article, then speaker), so two exports of one project are the same file. */
    private static void speakerMerges(JsonGenerator json, List<org.crosscheck.model.SpeakerMerge> merges)
            throws IOException {
        json.writeArrayFieldStart("speakerMerges");
        List<org.crosscheck.model.SpeakerMerge> sorted = new java.util.ArrayList<>(merges);
        sorted.sort(java.util.Comparator.comparingLong(org.crosscheck.model.SpeakerMerge::sourceId)
                .thenComparing(org.crosscheck.model.SpeakerMerge::written)
                .thenComparingLong(org.crosscheck.model.SpeakerMerge::otherSourceId)
                .thenComparing(org.crosscheck.model.SpeakerMerge::otherWritten));
        for (org.crosscheck.model.SpeakerMerge merge : sorted) {
            json.writeStartObject();
            json.writeNumberField("source", merge.sourceId());
            json.writeStringField("written", merge.written());
            json.writeNumberField("otherSource", merge.otherSourceId());
            json.writeStringField("otherWritten", merge.otherWritten());
            json.writeStringField("decision", merge.same() ? "same" : "apart");
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
            if (tag.parentId() == null) {
                json.writeNullField("parent");
            } else {
                json.writeNumberField("parent", tag.parentId());
            }
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
}
