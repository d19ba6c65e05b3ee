package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One wrong thing in a folder's sources.json is named, and everything else still imports. */
class FolderImportTest {

    @TempDir
    Path folder;

    private Path reports() throws Exception {
        Path reports = Files.createDirectories(folder.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "Bridge closes\n\nThe Elm Street bridge closed on Monday.");
        Files.writeString(reports.resolve("b.txt"), "Market reopens\n\nThe covered market reopened after repairs.");
        return reports;
    }

    @Test
    void aBadDateOrPrecisionIsNamedAndTheRestOfTheEntryStillApplies() throws Exception {
        Path reports = reports();
        Files.writeString(reports.resolve("sources.json"), "{\"sources\": ["
                + "{\"file\": \"a.txt\", \"title\": \"The bridge closes\", \"published\": \"2015-13-45\"},"
                + "{\"file\": \"b.txt\", \"outlet\": \"Gazette\", \"published\": \"2015-06-01\", \"precision\": \"fortnight\"}]}");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(reports), Progress.NONE);

            assertThat(report.imported()).hasSize(2);
            assertThat(report.failures()).extracting(ImportReport.Failure::reason).anySatisfy(reason ->
                    assertThat(reason).contains("a.txt", "2015-13-45", "not a date"))
                    .anySatisfy(reason -> assertThat(reason).contains("b.txt", "fortnight"));
            assertThat(workbench.library().all()).extracting(Source::title).contains("The bridge closes");
            assertThat(workbench.library().all()).extracting(Source::outlet).contains("Gazette");
        }
    }

    @Test
    void aBrokenSourcesJsonIsNamedWithItsLineAndTheFilesStillImport() throws Exception {
        Path reports = reports();
        Files.writeString(reports.resolve("sources.json"), "{\"sources\": [\n{\"file\": \"a.txt\",, }\n]}");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("q")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(reports), Progress.NONE);

            assertThat(report.imported()).hasSize(2);
            assertThat(report.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.file().getFileName().toString()).isEqualTo("sources.json");
                assertThat(failure.reason()).contains("not valid JSON", "line 2");
            });
        }
    }

    @Test
    void aSourcesJsonOfAnotherShapeIsNamedAndTheFilesStillImport() throws Exception {
        Path reports = reports();
        Files.writeString(reports.resolve("sources.json"), "[{\"file\": \"a.txt\", \"title\": \"The bridge closes\"}]");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("s")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(reports), Progress.NONE);

            assertThat(report.imported()).hasSize(2);
            assertThat(report.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.file().getFileName().toString()).isEqualTo("sources.json");
                assertThat(failure.reason()).contains("reports", "no list of \"sources\"");
            });
            assertThat(workbench.library().all()).extracting(Source::title).containsOnly("Bridge closes", "Market reopens");
        }
    }

    @Test
    void aFolderWithNothingToImportSaysSo() throws Exception {
        Path pictures = Files.createDirectories(folder.resolve("pictures"));
        Files.write(pictures.resolve("photo.jpg"), new byte[] {1, 2, 3});
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("r")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(pictures), Progress.NONE);

            assertThat(report.imported()).isEmpty();
            assertThat(report.failures()).singleElement().satisfies(failure ->
                    assertThat(failure.reason()).contains("holds no file Crosscheck can import"));
        }
    }

    @Test
    void filesOfOtherKindsAreListedAsSkippedAndHiddenFoldersAreLeftAlone() throws Exception {
        Path reports = reports();
        Files.writeString(reports.resolve("notes.docx"), "not read");
        Files.writeString(reports.resolve("photo.jpg"), "not read");
        Path hidden = Files.createDirectories(reports.resolve(".git"));
        Files.writeString(hidden.resolve("HEAD.txt"), "ref: refs/heads/main");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(reports), Progress.NONE);

            assertThat(report.imported()).extracting(path -> path.getFileName().toString())
                    .containsExactly("a.txt", "b.txt");
            assertThat(report.skipped()).extracting(path -> path.getFileName().toString())
                    .containsExactly("notes.docx", "photo.jpg");
            assertThat(report.failures()).isEmpty();
            assertThat(report.summary()).isEqualTo("Imported 2 files; 2 skipped (not text, a web page or a PDF).");
        }
    }

    @Test
    void anUnreadableSubfolderIsOneFailureAmongSuccesses() throws Exception {
        Path reports = reports();
        Path locked = Files.createDirectories(reports.resolve("locked"));
        Files.writeString(locked.resolve("c.txt"), "Hidden away\n\nNobody can read this.");
        assertThat(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked) && canList(locked),
                    "this user may read any folder (root), so a folder cannot be made unreadable for it");
            try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
                ImportReport report = workbench.imports().importFiles(List.of(reports), Progress.NONE);

                assertThat(report.imported()).hasSize(2);
                assertThat(report.failures()).extracting(ImportReport.Failure::reason)
                        .containsExactly("locked cannot be read: you are not allowed to open it.");
            }
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    private static boolean canList(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.count() >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
