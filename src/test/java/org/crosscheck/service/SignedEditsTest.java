package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.Tag;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.Signature;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.TagRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hand edit names who made it and when — tags, an article's details, the edits of groups — and
 * an edit by one person leaves the signatures of another's untouched edits as they were.
 */
class SignedEditsTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private String userBefore;

    @BeforeEach
    void open() {
        userBefore = System.getProperty("crosscheck.user");
        workbench = Workbench.open(org.crosscheck.store.TestProjects.at(folder.resolve("project")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
        if (userBefore == null) {
            System.clearProperty("crosscheck.user");
        } else {
            System.setProperty("crosscheck.user", userBefore);
        }
    }

    @Test
    void aTagMadeAndRenamedIsSignedByWhoeverDidItLast() {
        LocalDateTime start = LocalDateTime.now().withNano(0);
        as("carol");
        Tag tag = workbench.tags().create("contested", "#ff0000");
        assertThat(signature(tx -> new TagRepository().lastEdit(tx, tag.id()).orElseThrow()).by()).isEqualTo("carol");

        as("dave");
        workbench.tags().rename(tag.id(), "disputed");

        Signature renamed = signature(tx -> new TagRepository().lastEdit(tx, tag.id()).orElseThrow());
        assertThat(renamed.by()).isEqualTo("dave");
        assertThat(renamed.at()).isAfterOrEqualTo(start);
    }

    @Test
    void anArticlesEditedDetailsAreSigned() {
        as("carol");
        Source source = workbench.library().source(workbench.library().summaries().get(0).id());
        workbench.library().updateMetadata(source.id(), new SourceMetadata(source.title() + " (edited)",
                source.outlet(), source.author(), source.url(), source.published(), source.grade(), source.notes()));

        assertThat(signature(tx -> new SourceRepository().lastEdit(tx, source.id()).orElseThrow()).by())
                .isEqualTo("carol");
    }

    @Test
    void aGroupEditIsSignedAndAnotherPersonsLaterEditLeavesItsSignatureAsItWas() throws Exception {
        List<ComparisonGroup> groups = workbench.comparison().compare().groups();
        ComparisonGroup first = groups.get(0);
        ComparisonGroup second = groups.get(1);
        as("carol");
        workbench.comparison().rename(first.id(), "Carol's name");
        Signature carols = signature(tx -> new GroupEditsRepository().signatureOfGroup(tx, first.id()).orElseThrow());
        Thread.sleep(1_100); // so that a signature made again would show a later time

        as("dave");
        workbench.comparison().note(second.id(), "Dave's note");
        long a = first.statements().get(0).claim().id();
        long b = first.statements().get(1).claim().id();
        workbench.comparison().override(a, b, Verdict.CHANGED_OVER_TIME, "different years");

        assertThat(signature(tx -> new GroupEditsRepository().signatureOfGroup(tx, first.id()).orElseThrow()))
                .isEqualTo(carols);
        assertThat(carols.by()).isEqualTo("carol");
        assertThat(signature(tx -> new GroupEditsRepository().signatureOfGroup(tx, second.id()).orElseThrow()).by())
                .isEqualTo("dave");
        assertThat(signature(tx -> new GroupEditsRepository().signatureOfOverride(tx, b, a).orElseThrow()).by())
                .isEqualTo("dave");
    }

    private static void as(String user) {
        System.setProperty("crosscheck.user", user);
    }

    private Signature signature(org.crosscheck.store.Work<Signature> read) {
        return workbench.database().inTransaction("read a signature", read);
    }
}
