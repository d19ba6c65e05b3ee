package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: arrows point down only, JavaFX stays in the window, charts, reports and commands, SQL in the store. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.crosscheck.ui..")
                .layer("cli").definedBy("org.crosscheck.cli..")
                .layer("service").definedBy("org.crosscheck.service..")
                .layer("ingest").definedBy("org.crosscheck.ingest..")
                .layer("extract").definedBy("org.crosscheck.extract..")
                .layer("compare").definedBy("org.crosscheck.compare..")
                .layer("report").definedBy("org.crosscheck.report..")
                .layer("chart").definedBy("org.crosscheck.chart..")
                .layer("store").definedBy("org.crosscheck.store..")
                .layer("model").definedBy("org.crosscheck.model..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("service", "compare", "ui", "cli")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("service", "report", "ui", "cli", "chart")
                .whereLayer("report").mayOnlyBeAccessedByLayers("service", "ui", "cli")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("ui", "cli", "report")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service", "ui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers(
                        "ui", "cli", "service", "ingest", "extract", "compare", "report", "store", "chart")
                .allowEmptyShould(true)
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
    void onlyTheWindowChartsReportsAndCommandsUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.crosscheck.ui..", "org.crosscheck.report..",
                        "org.crosscheck.chart..", "org.crosscheck.cli..")
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
