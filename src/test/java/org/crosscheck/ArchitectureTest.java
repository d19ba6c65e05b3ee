package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: arrows point down only, JavaFX stays in the window, SQL in the store. */
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
     * stays in compare.
     *
     * <p>Charts follow from that. The window, the command line and the report draw the same charts with
     * one painter, and model is the only layer both ui and report may see, so {@code model.chart} holds
     * what drawing a chart takes that is pure Java: the surface it draws on ({@code ChartSurface}, colours,
     * fonts), the chart data records, and the layouts, scales, hit tests and painters. Each layer brings
     * its own surface: the window's JavaFX widgets and canvas ({@code ui.chart}), the report's PDF and SVG,
     * the command line's PNG drawn with Java2D by report. Printing is the window's too: the print job and
     * its dialogs are JavaFX ({@code ui.print}), and the report only draws the pages, which the window gets
     * through the service ({@code service.ReportPages}).
     */
    @Test
    void layersDependOnlyAlongTheArrowsOfTheDesign() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
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
                        "ui", "cli", "service", "ingest", "extract", "compare", "report", "store")
                .check(CLASSES);
    }

    /** Nor on a toolkit of the JDK's: the charts in model draw on their own {@code ChartSurface}. */
    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.crosscheck.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.crosscheck.model..", "java..")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.awt..")
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

    /**
     * DESIGN.md allows JavaFX in the report where it prints; it needs none: the window prints (the job and
     * its dialogs are JavaFX), the report draws the pages, and the command line draws its pictures with
     * Java2D, so no command starts the toolkit.
     */
    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.ui..")
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
