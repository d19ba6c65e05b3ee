package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-edited sample exported as .qdpx and imported into a new, empty project comes back with the
 * same articles, tags (nesting too) and claims (quotes, kinds, statuses, tags, notes, speakers).
 */
class QdpxRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void exportThenImportIntoAnEmptyProjectGivesBackArticlesTagsAndClaims() {
        Path file = folder.resolve("sample.qdpx");
        Set<String> sources;
        Set<String> tags;
        Set<String> claims;
        try (Workbench original = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            HandEditedSample.edit(original);
            Claim first = original.claims().allClaims().get(0);
            original.claims().update(new Claim(first.id(), first.sourceId(), first.start(), first.end(), first.kind(),
                    first.status(), first.origin(), first.subject(), "Zamir Kabulov", "TASS", first.place(),
                    first.refersTo(), first.quantity(), first.tagIds(), "check this figure"));
            original.qdpxExport().export(file, Progress.NONE);
            sources = sources(original);
            tags = tags(original);
            claims = claims(original);
        }

        try (Workbench restored = Workbench.open(TestProjects.at(folder.resolve("restored")), false)) {
            QdpxImported imported = restored.qdpxImport().importFile(file, Progress.NONE);

            assertThat(sources(restored)).isEqualTo(sources);
            assertThat(tags(restored)).isEqualTo(tags);
            assertThat(claims(restored)).isEqualTo(claims);
            assertThat(imported.notImported().counts().keySet()).containsExactly("sets"); // the stories, clustered anew
        }
    }

    /** Title, details, notes and text of every article. */
    private static Set<String> sources(Workbench workbench) {
        return workbench.library().summaries().stream().map(summary -> workbench.library().source(summary.id()))
                .map(source -> String.join(" | ", source.title(), source.outlet(), source.author(), source.url(),
                        source.published().display(), source.grade() == null ? "" : source.grade().code(),
                        source.notes(), source.text()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each tag with its colour and the path of its parents. */
    private static Set<String> tags(Workbench workbench) {
        List<Tag> all = workbench.tags().all();
        Map<Long, Tag> byId = all.stream().collect(Collectors.toMap(Tag::id, tag -> tag));
        return all.stream().map(tag -> path(tag, byId) + " " + tag.color()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String path(Tag tag, Map<Long, Tag> byId) {
        return tag.parentId() == null ? tag.name() : path(byId.get(tag.parentId()), byId) + " › " + tag.name();
    }

    /** Each claim by its article, quote, kind, status, tags, note, speaker and outlet. */
    private static Set<String> claims(Workbench workbench) {
        Map<Long, Source> sources = new HashMap<>();
        workbench.library().summaries().forEach(summary -> sources.put(summary.id(), workbench.library().source(summary.id())));
        Map<Long, String> tagNames = workbench.tags().all().stream().collect(Collectors.toMap(Tag::id, Tag::name));
        return workbench.claims().allClaims().stream().map(claim -> String.join(" | ",
                        sources.get(claim.sourceId()).title(), claim.start() + "-" + claim.end(),
                        claim.textIn(sources.get(claim.sourceId()).text()), claim.kind().key(), claim.status().key(),
                        claim.tagIds().stream().map(tagNames::get).sorted().collect(Collectors.joining(",")),
                        claim.note(), claim.speaker(), claim.outlet()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
