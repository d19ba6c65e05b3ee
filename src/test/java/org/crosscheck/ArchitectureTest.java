package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: arrows point down only, JavaFX stays in the window, reports and commands, SQL in the store. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    /**
     * The arrows of DESIGN.md, exactly: ui and cli use service; service combines ingest, extract, compare,
     * report and store; those use model only; model uses nothing. Every layer may use model, whose records
     * are what the layers hand each other — a claim, a comparison group with its statements and verdicts,
     * a group at a glance, a track record — with the pure readings of them every layer shares (how a
     * hedged figure is meant, what a place lies in, whether a speaker is a name). What makes a comparison
     * stays in compare. Charts are part of report ({@code report.chart}): they are the drawings of a
     * comparison, the same on paper and on screen.
     *
     * <p>The dependencies that broke these arrows when the rule was made exact and are not gone yet (the
     * window drawing with the report's charts and printing through its printer) are recorded in {@code
     * src/test/resources/archunit-frozen}: they may only go away (the record shrinks by itself when they
     * do), and any new one fails here.
     */
    @Test
    void layersDependOnlyAlongTheArrowsOfTheDesign() {
        FreezingArchRule.freeze(layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.crosscheck.ui..")
                .layer("cli").definedBy("org.crosscheck.cli..")
                .layer("service").definedBy("org.crosscheck.service..")
                .layer("ingest").definedBy("org.crosscheck.ingest..")
                .layer("extract").definedBy("org.crosscheck.extract..")
                .layer("compare").definedBy("org.crosscheck.compare..")
                .layer("report").definedBy("org.crosscheck.report..")
                .layer("store").definedBy("org.crosscheck.store..")
                .layer("model").definedBy("org.crosscheck.model..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("service")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("service")
                .whereLayer("report").mayOnlyBeAccessedByLayers("service")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service")
                .whereLayer("model").mayOnlyBeAccessedByLayers(
                        "ui", "cli", "service", "ingest", "extract", "compare", "report", "store"))
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.crosscheck.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.crosscheck.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void extractionAndComparisonArePureJava() {
        noClasses().that().resideInAnyPackage("org.crosscheck.extract..", "org.crosscheck.compare..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.store..", "org.crosscheck.ui..", "org.crosscheck.service..",
                        "java.sql..", "javafx..", "java.nio.file..", "java.io.File")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheWindowReportsAndCommandsUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.crosscheck.ui..", "org.crosscheck.report..",
                        "org.crosscheck.cli..")
                .and().doNotHaveFullyQualifiedName("org.crosscheck.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    /**
     * The dependency rule above sees imports, but not a lambda whose parameter is a {@code Connection}
     * (javac names no type for it, and ArchUnit leaves out the synthetic method behind it). So the types
     * a class declares and the signatures of everything it calls are looked at too: a field, parameter or
     * return type from JDBC, or a functional interface that hands out or takes one, outside the store.
     */
    @Test
    void noJdbcTypeIsSeenOutsideTheStore() {
        classes().that().resideOutsideOfPackage("org.crosscheck.store..")
                .should(new JdbcFree())
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.cli..")
                .and().doNotHaveFullyQualifiedName("org.crosscheck.Launcher")
                .should().accessField(System.class, "out")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.crosscheck.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
