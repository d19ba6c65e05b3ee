package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.compare.TrackGrades;
import org.crosscheck.compare.TrackRecords;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceGrade.Party;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.service.SourceGradeService.GradedRecord;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admiralty grades per speaker and per outlet on the sample: a speaker's own grade is what their
 * track record shows, else the most cautious grade of the articles that carry them; every grade
 * is undoable and travels in the JSON project file.
 */
class SourceGradesTest {

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void importTheSample() {
        workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private TrackGrade gradeOf(String name) {
        return workbench.grades().graded(workbench.comparison().trackRecords()).stream()
                .filter(graded -> graded.record().name().equals(name)).map(GradedRecord::grade).findFirst()
                .orElseThrow(() -> new AssertionError("no track record named " + name));
    }

    private void gradeArticlesOf(String outlet, String grade) {
        for (Source source : workbench.library().all()) {
            if (source.outlet().equals(outlet)) {
                workbench.library().updateMetadata(source.id(), new SourceMetadata(source.title(), source.outlet(),
                        source.author(), source.url(), source.published(), Grade.parse(grade), source.notes()));
            }
        }
    }

    @Test
    void ungradedSpeakersShowNoGradeAndThenTheMostCautiousGradeOfTheirArticles() {
        assertThat(gradeOf("Zamir Kabulov").basis()).isEqualTo(TrackGrade.Basis.NONE);

        gradeArticlesOf("Breitbart News", "B2");
        gradeArticlesOf("RT", "C3");

        TrackGrade kabulov = gradeOf("Zamir Kabulov");
        assertThat(kabulov.basis()).isEqualTo(TrackGrade.Basis.ARTICLES);
        assertThat(kabulov.articles()).extracting(Grade::code).containsExactly("B2", "C3");
        assertThat(kabulov.grade().code()).isEqualTo("C3");
    }

    @Test
    void aSpeakersOwnGradeIsTheirsAcrossTheirNamesAndUndoGivesTheArticlesGradeBack() {
        gradeArticlesOf("RT", "C3");

        workbench.grades().set(Party.SPEAKER, "Kabulov", "d4"); // the short name of "Zamir Kabulov"

        TrackGrade kabulov = gradeOf("Zamir Kabulov");
        assertThat(kabulov.basis()).isEqualTo(TrackGrade.Basis.SET);
        assertThat(kabulov.grade().code()).isEqualTo("D4");
        assertThat(kabulov.articles()).extracting(Grade::code).contains("C3");
        assertThat(gradeOf("Alexander Bortnikov").basis()).as("another speaker").isNotEqualTo(TrackGrade.Basis.SET);

        assertThat(workbench.history().undo()).contains("Grade speaker Kabulov D4");
        assertThat(gradeOf("Zamir Kabulov").basis()).isEqualTo(TrackGrade.Basis.ARTICLES);
        workbench.history().redo();
        assertThat(gradeOf("Zamir Kabulov").grade().code()).isEqualTo("D4");
    }

    @Test
    void anOutletIsGradedApartFromAnyoneOfTheSameNameAndBlankTakesTheGradeAway() {
        workbench.grades().set(Party.OUTLET, "Interfax", "B2");

        TrackRecord interfax = workbench.comparison().trackRecords().stream()
                .filter(record -> record.name().equals("Interfax")).findFirst().orElseThrow();
        assertThat(interfax.kind()).isEqualTo(TrackRecord.Kind.OUTLET);
        assertThat(gradeOf("Interfax").grade().code()).isEqualTo("B2");
        assertThat(workbench.grades().all()).singleElement().satisfies(grade -> {
            assertThat(grade.party()).isEqualTo(Party.OUTLET);
            assertThat(grade.name()).isEqualTo("Interfax");
        });

        workbench.grades().set(Party.OUTLET, "interfax", " ");

        assertThat(workbench.grades().all()).isEmpty();
        assertThat(workbench.history().nextUndo()).contains("Remove the grade of outlet interfax");
    }

    @Test
    void aGradeOffTheScaleIsRefusedWithTheScaleAndChangesNothing() {
        var lastEdit = workbench.history().nextUndo();
        assertThatThrownBy(() -> workbench.grades().set(Party.SPEAKER, "Zamir Kabulov", "G7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A to F");
        assertThatThrownBy(() -> workbench.grades().set(Party.SPEAKER, "Zamir Kabulov", "B9"))
                .hasMessageContaining("1 to 6");
        assertThat(workbench.grades().all()).isEmpty();
        assertThat(workbench.history().nextUndo()).isEqualTo(lastEdit);
    }

    @Test
    void theGradesOfSpeakersAndOutletsTravelInTheJsonProjectAndGoWithTheRestoresUndo() {
        workbench.grades().set(Party.SPEAKER, "Zamir Kabulov", "C3");
        workbench.grades().set(Party.OUTLET, "RIA Novosti", "B2");
        Path file = folder.resolve("graded.json");
        workbench.projectExport().export(file, Progress.NONE);

        try (Workbench restored = Workbench.open(ProjectFile.of(folder.resolve("restored")), false)) {
            restored.projectImport().restore(file, Progress.NONE);

            assertThat(restored.grades().all()).extracting(grade -> grade.party() + " " + grade.name() + " "
                    + grade.grade()).containsExactlyInAnyOrder("SPEAKER Zamir Kabulov C3", "OUTLET RIA Novosti B2");

            restored.history().undo();
            assertThat(restored.grades().all()).isEmpty();
        }
    }
}
