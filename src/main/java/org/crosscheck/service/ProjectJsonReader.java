package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

/**
 * Reads a JSON project file (README, "JSON project") into {@link ProjectContents}, checking that
 * its parts fit together ({@link ProjectFileCheck}). Whatever is wrong is a {@link ProjectFileException}
 * naming the file and the line or field; nothing is half read.
 */
final class ProjectJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("format", "version", "project", "exportedAt", "aliases", "tags",
            "stories", "sources", "claims", "groupEdits", "sourceGrades",
            "speakerMerges");

    private ProjectJsonReader() {
    }

    static ProjectContents read(Path file, Progress progress) {
        progress.update(0, 1, "Reading " + file.getFileName());
        try {
            JsonFields root = JsonFields.root(parse(file));
            formatOf(root);
            root.only(TOP);
            java.util.Map<Long, org.crosscheck.model.CitationChain> chains = new java.util.HashMap<>();
            java.util.Map<Long, ProjectContents.EntityNames> linked = new java.util.HashMap<>();
            for (JsonFields claim : root.objects("claims")) {
                org.crosscheck.model.CitationChain chain = ClaimJson.chain(claim);
                if (chain != null) {
                    chains.put(claim.id("id"), chain);
                }
                ProjectContents.EntityNames names = ClaimJson.entityNames(claim);
                if (names != null) {
                    linked.put(claim.id("id"), names);
                }
            }
            java.util.Map<Long, java.util.Map<String, String>> identities = new java.util.HashMap<>();
            for (JsonFields source : root.objects("sources")) {
                java.util.Map<String, String> ofSource = SourceJson.identities(source);
                if (!ofSource.isEmpty()) {
                    identities.put(source.id("id"), ofSource);
                }
            }
            ProjectContents contents = new ProjectContents(
                    new ProjectRows.Tables(sources(root), claims(root), tags(root), stories(root)), aliases(root),
                    root.isNull("groupEdits") ? null : GroupEditsJson.read(root.object("groupEdits")), chains, identities,
                    sourceGrades(root), speakerMerges(root), linked);
            progress.update(1, 1, "Checking " + file.getFileName());
            ProjectFileCheck.check(contents);
            return contents;
        } catch (ProjectFileException e) {
            throw e.of(file);
        }
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = JSON.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new ProjectFileException("it is empty");
            }
            return tree;
        } catch (JsonEOFException e) {
            throw ProjectFileException.of(file, "it ends too soon, at " + where(e.getLocation())
                    + ": the file was cut short", e);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().split("\n")[0];
            if (reason.startsWith("Unexpected end-of-input")) { // cut between two entries: Jackson's other kind of end
                throw ProjectFileException.of(file, "it ends too soon, at " + where(e.getLocation())
                        + ": the file was cut short", e);
            }
            throw ProjectFileException.of(file, "it is no valid JSON at " + where(e.getLocation()) + " (" + reason + ")", e);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.of(file, "there is no such file", e);
        } catch (IOException e) {
            throw ProjectFileException.of(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Refuses what is no project of a version this Crosscheck reads, before looking at anything else. */
    private static void formatOf(JsonFields root) {
        String format = root.textIfAny("format");
        if (!ProjectFormat.FORMAT.equals(format)) {
            throw new ProjectFileException("it is no Crosscheck project file: "
                    + (format == null ? "it has no \"format\" field" : "its \"format\" is “" + format + "”")
                    + ", where a project has \"format\": \"" + ProjectFormat.FORMAT + "\"");
        }
        long version = root.id("version");
        if (version > ProjectFormat.VERSION) {
            throw new ProjectFileException("it was written by a newer Crosscheck (project format version " + version
                    + "); this one reads version " + ProjectFormat.VERSION);
        }
        if (version < 1) {
            throw root.wrong("version", "must be 1 or more, not " + version);
        }
    }

    /** The grades of speakers and outlets; a file written before them has none. */
    private static List<SourceGrade> sourceGrades(JsonFields root) {
        List<SourceGrade> grades = new ArrayList<>();
        if (root.isNull("sourceGrades")) {
            return grades;
        }
        for (JsonFields grade : root.objects("sourceGrades")) {
            grade.only(Set.of("kind", "name", "grade"));
            try {
                grades.add(new SourceGrade(grade.choice("kind", SourceGrade.Party.class), grade.requiredText("name"),
                        Grade.parse(grade.requiredText("grade"))));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw grade.wrong(e.getMessage());
            }
        }
        return grades;
    }

    private static List<org.crosscheck.model.SpeakerMerge> speakerMerges(JsonFields root) {
        List<org.crosscheck.model.SpeakerMerge> merges = new ArrayList<>();
        if (root.isNull("speakerMerges")) {
            return merges;
        }
        for (JsonFields merge : root.objects("speakerMerges")) {
            merge.only(Set.of("source", "written", "otherSource", "otherWritten", "decision"));
            String decision = merge.requiredText("decision");
            if (!decision.equals("same") && !decision.equals("apart")) {
                throw merge.wrong("decision must be \"same\" or \"apart\", not \"" + decision + "\"");
            }
            try {
                merges.add(new org.crosscheck.model.SpeakerMerge(merge.id("source"), merge.requiredText("written"),
                        merge.id("otherSource"), merge.requiredText("otherWritten"), decision.equals("same")));
            } catch (IllegalArgumentException e) {
                throw merge.wrong(e.getMessage());
            }
        }
        return merges;
    }

    private static List<Entity> aliases(JsonFields root) {
        if (root.isNull("aliases")) {
            return null;
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonFields entity : root.objects("aliases")) {
            entity.only(Set.of("canonical", "type", "aliases", "within"));
            try {
                entities.add(new Entity(entity.requiredText("canonical"), entity.choice("type", EntityType.class),
                        entity.texts("aliases"), entity.text("within")));
            } catch (IllegalArgumentException e) {
                throw entity.wrong(e.getMessage());
            }
        }
        return entities;
    }

    private static List<Tag> tags(JsonFields root) {
        List<Tag> tags = new ArrayList<>();
        for (JsonFields tag : root.objects("tags")) {
            tag.only(Set.of("id", "name", "color", "parent"));
            try {
                tags.add(new Tag(tag.id("id"), tag.requiredText("name"), tag.text("color"), tag.idOrNull("parent")));
            } catch (IllegalArgumentException e) {
                throw tag.wrong(e.getMessage());
            }
        }
        return tags;
    }

    private static List<Story> stories(JsonFields root) {
        List<Story> stories = new ArrayList<>();
        for (JsonFields story : root.objects("stories")) {
            story.only(Set.of("id", "name", "namedByHand"));
            stories.add(new Story(story.id("id"), story.text("name"), story.bool("namedByHand")));
        }
        return stories;
    }

    private static List<ProjectRows.Article> sources(JsonFields root) {
        return root.objects("sources").stream().map(SourceJson::read).toList();
    }

    private static List<Claim> claims(JsonFields root) {
        return root.objects("claims").stream().map(ClaimJson::read).toList();
    }
}
