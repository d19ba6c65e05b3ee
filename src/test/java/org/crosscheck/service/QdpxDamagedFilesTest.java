package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.service.refi.QdpxFileException;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .qdpx that is damaged, or no .qdpx at all, is refused in words and leaves the project as it was. */
class QdpxDamagedFilesTest {

    @TempDir
    Path folder;

    private void assertRefused(Path file, String... words) {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            int sources = workbench.library().summaries().size();
            int claims = workbench.claims().allClaims().size();
            int tags = workbench.tags().all().size();
            var lastEdit = workbench.history().nextUndo();

            assertThatThrownBy(() -> workbench.qdpxImport().importFile(file, Progress.NONE))
                    .isInstanceOf(QdpxFileException.class)
                    .hasMessageStartingWith(file.getFileName() + " ")
                    .hasMessageContaining(words[0], Arrays.copyOfRange(words, 1, words.length));

            assertThat(workbench.library().summaries()).hasSize(sources);
            assertThat(workbench.claims().allClaims()).hasSize(claims);
            assertThat(workbench.tags().all()).hasSize(tags);
            assertThat(workbench.history().nextUndo()).isEqualTo(lastEdit);
        }
    }

    @Test
    void aZipCutShortIsNamedAsDamaged() throws Exception {
        Path whole = QdpxFixtures.handwritten(folder);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.qdpx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        assertRefused(cut, "no zip or a damaged one");
    }

    @Test
    void aFileThatIsNoZipIsNamedAsNoRefiQdaProject() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.qdpx"), "Just some notes, saved with the wrong name.");

        assertRefused(text, "not a REFI-QDA project (.qdpx)");
    }

    @Test
    void aZipWithoutProjectQdeIsNamedAsNoRefiQdaProject() {
        assertRefused(QdpxFixtures.without(folder, "photos.qdpx", List.of("project.qde")), "holds no project.qde");
    }

    @Test
    void projectQdeThatIsNoWellFormedXmlIsNamedWithItsLine() {
        String cut = QdpxFixtures.handwrittenQde();
        Path file = QdpxFixtures.withProjectQde(folder, "broken.qdpx", cut.substring(0, cut.indexOf("<Sources>") + 40));

        assertRefused(file, "not well-formed XML at line");
    }

    @Test
    void projectQdeThatBreaksTheSchemaIsNamedWithItsLineAndWhatIsWrong() {
        String missingGuid = QdpxFixtures.handwrittenQde().replace(
                "<TextSource guid=\"8f14e45f-ceea-467a-9575-1f3b7e4b2c6d\"", "<TextSource");
        Path file = QdpxFixtures.withProjectQde(folder, "invalid.qdpx", missingGuid);

        assertRefused(file, "does not follow the REFI-QDA standard (Project.xsd) at line", "guid");
    }

    @Test
    void xmlOfAnotherKindIsNamedAsSuch() {
        Path file = QdpxFixtures.withProjectQde(folder, "other.qdpx",
                "<?xml version=\"1.0\"?><Project xmlns=\"urn:example:other\" name=\"x\"/>");

        assertRefused(file, "does not follow the REFI-QDA standard");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedRatherThanRead() {
        Path file = QdpxFixtures.withProjectQde(folder, "entities.qdpx", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&secret;\"/>");

        assertRefused(file, "not well-formed XML", "DOCTYPE");
    }

    @Test
    void aTextTheFileNamesButDoesNotHoldIsNamedAndNothingOfTheFileComesIn() {
        Path file = QdpxFixtures.without(folder, "partial.qdpx",
                List.of("sources/3f2504e0-4f89-11d3-9a0c-0305e82c3301.txt"));

        assertRefused(file, "sources/3f2504e0-4f89-11d3-9a0c-0305e82c3301.txt, which is not in it");
    }
}
