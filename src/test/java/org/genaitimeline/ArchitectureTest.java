package org.genaitimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one-way layers of DESIGN.md, enforced on the compiled main classes. */
class ArchitectureTest {

    private static final List<String> VIEWS = List.of("timeline", "growth", "table", "detail", "filter");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.genaitimeline");
    }

    @Test
    void theCatalogIsPureJava() {
        noClasses().that().resideInAPackage("..catalog..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewsNeverDependOnEachOther() {
        for (String view : VIEWS) {
            String[] others = VIEWS.stream().filter(v -> !v.equals(view))
                    .map(v -> "org.genaitimeline." + v + "..").toArray(String[]::new);
            // Views not written yet have no classes; the rule then holds trivially.
            noClasses().that().resideInAPackage("org.genaitimeline." + view + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theImporterIsPureJava() {
        noClasses().that().resideInAPackage("..importer..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    /** The timeline and the growth chart are reusable controls: they know nothing of AppState. */
    @Test
    void reusableControlsKnowNothingOfTheAppState() {
        noClasses().that().resideInAnyPackage("org.genaitimeline.timeline..", "org.genaitimeline.growth..")
                .should().dependOnClassesThat().resideInAPackage("org.genaitimeline.state..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The reusable controls sit below the command line, the importer and the app: the
     * figure contract they implement (FigureRenderer, FigureRequest) lives in render/.
     */
    @Test
    void reusableControlsKnowNothingOfTheLayersAbove() {
        noClasses().that().resideInAnyPackage("org.genaitimeline.timeline..", "org.genaitimeline.growth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genaitimeline.export..",
                        "org.genaitimeline.importer..", "org.genaitimeline.app..", "org.genaitimeline.state..")
                .check(classes);
    }

    /** The shared state sits below the screens: it never reaches up into a view or the app. */
    @Test
    void theStateDependsOnNoScreen() {
        String[] above = java.util.stream.Stream.concat(VIEWS.stream(), java.util.stream.Stream.of("app"))
                .map(v -> "org.genaitimeline." + v + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("org.genaitimeline.state..")
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .check(classes);
    }

    @Test
    void onlyTheAppDependsOnTheApp() {
        noClasses().that().resideOutsideOfPackage("org.genaitimeline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.genaitimeline.app..")
                .check(classes);
    }
}
