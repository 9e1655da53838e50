package org.genaitimeline.app;

import org.genaitimeline.state.AppState;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The window's screens meet only in app (through AppState); they never import each other. */
class ScreenLayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.genaitimeline");

    @Test
    void filterKnowsNoOtherScreen() {
        noClasses().that().resideInAPackage("..filter..").should().dependOnClassesThat()
                .resideInAnyPackage("..table..", "..detail..").check(CLASSES);
    }

    @Test
    void tableKnowsNoOtherScreen() {
        noClasses().that().resideInAPackage("..table..").should().dependOnClassesThat()
                .resideInAnyPackage("..filter..", "..detail..").check(CLASSES);
    }

    @Test
    void detailKnowsNoOtherScreen() {
        noClasses().that().resideInAPackage("..detail..").should().dependOnClassesThat()
                .resideInAnyPackage("..filter..", "..table..").check(CLASSES);
    }
}
