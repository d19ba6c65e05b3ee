package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.service.HandEditedSample;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON project round trip on the sample: hand edits of every kind, exported, restored into a
 * new project (whose ids differ), and the restored project compares the same as the original.
 */
class ProjectJsonRoundTripTest {

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    private String compare(Path project) {
        assertThat(run("compare", "--project", project.toString())).as(command.err()).isZero();
        return command.out();
    }

    @Test
    void aRestoredProjectComparesTheSameAndHoldsTheSameClaimsTagsAndStories() throws Exception {
        Path original = folder.resolve("original");
        Path restored = folder.resolve("restored");
        Path file = folder.resolve("backup.json");
        try (Workbench workbench = Workbench.open(ProjectFile.of(original), true)) {
            HandEditedSample.edit(workbench);
        }
        shiftIds(restored);

        assertThat(run("export", "--project", original.toString(), "--out", file.toString()))
                .as(command.err()).isZero();
        assertThat(run("import", "--project", restored.toString(), file.toString()))
                .as(command.err()).isZero();

        String before = compare(original);
        assertThat(before).contains("ISIS fighters (hand-named)", "\"overridden\" : true", "a note on the group");
        assertThat(compare(restored)).isEqualTo(before);
        try (Workbench a = Workbench.openForReading(ProjectFile.of(original));
             Workbench b = Workbench.openForReading(ProjectFile.of(restored))) {
            assertThat(b.claims().allClaims().stream().map(Claim::id).toList())
                    .as("the restore gave new ids").isNotEqualTo(a.claims().allClaims().stream().map(Claim::id).toList());
            assertSameSources(a, b);
            assertThat(claims(b)).isEqualTo(claims(a));
            assertThat(tags(b)).isEqualTo(tags(a));
            assertThat(stories(b)).isEqualTo(stories(a));
            assertThat(b.aliases().table().entities()).isEqualTo(a.aliases().table().entities());
        }
    }

    /** Makes and undoes an import and a tag in the new project, so that its next ids are not the original's. */
    private static void shiftIds(Path project) throws Exception {
        Path article = Files.writeString(project.resolveSibling("shift.txt"), "Shift\n\nAbout 40 fighters arrived.");
        try (Workbench workbench = Workbench.open(ProjectFile.of(project), false)) {
            workbench.tags().create("temporary", "#123456");
            workbench.history().undo();
            workbench.imports().importFiles(List.of(article), Progress.NONE);
            workbench.history().undo();
        }
    }

    private static void assertSameSources(Workbench a, Workbench b) {
        List<Source> left = a.library().all().stream().sorted(Comparator.comparing(Source::contentHash)).toList();
        List<Source> right = b.library().all().stream().sorted(Comparator.comparing(Source::contentHash)).toList();
        assertThat(right).hasSameSizeAs(left);
        for (int i = 0; i < left.size(); i++) {
            assertThat(right.get(i).withId(0)).isEqualTo(left.get(i).withId(0));
        }
    }

    /** Every field of every claim, its source and tags named by what they are rather than by id. */
    private static List<String> claims(Workbench workbench) {
        Map<Long, String> hashes = workbench.library().all().stream()
                .collect(Collectors.toMap(Source::id, Source::contentHash));
        Map<Long, String> tagNames = workbench.tags().all().stream().collect(Collectors.toMap(Tag::id, Tag::name));
        return workbench.claims().allClaims().stream()
                .map(claim -> hashes.get(claim.sourceId()) + " " + claim.tagIds().stream().map(tagNames::get).sorted()
                        .toList() + " " + new Claim(0, 0, claim.start(), claim.end(), claim.kind(), claim.status(),
                        claim.origin(), claim.subject(), claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                        claim.quantity(), Set.of(), claim.note()))
                .sorted().toList();
    }

    private static List<String> tags(Workbench workbench) {
        Map<Long, String> names = workbench.tags().all().stream().collect(Collectors.toMap(Tag::id, Tag::name));
        return workbench.tags().all().stream()
                .map(tag -> tag.name() + " " + tag.color() + " in " + names.get(tag.parentId())).sorted().toList();
    }

    private static List<String> stories(Workbench workbench) {
        Map<Long, String> hashes = workbench.library().all().stream()
                .collect(Collectors.toMap(Source::id, Source::contentHash));
        return workbench.stories().all().stream()
                .map(entry -> entry.story().name() + " " + entry.story().namedByHand() + " "
                        + entry.sourceIds().stream().map(hashes::get).sorted().toList())
                .sorted().toList();
    }
}
