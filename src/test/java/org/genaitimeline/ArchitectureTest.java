package org.genaitimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way layers, enforced on the compiled main classes. Every rule names packages that
 * must hold classes ({@link #everyNamedPackageHoldsClasses}): a renamed package fails here
 * instead of making its rules pass without checking anything.
 *
 * <pre>
 * about                                            what the app says about itself (version, libraries)
 * i18n <- catalog <- importer                      pure Java, no JavaFX
 * theme, figure (the kit)                          below every figure
 * timeline, growth, lineage                        reusable controls on the kit
 * tabledata                                        what the tables show (presets, columns, order)
 * state <- filter, table, detail                   screens on the shared state
 * savedview, prefs, session                        what is saved, remembered, loaded
 * export (the command line)                        no window
 * shell <- lecture <- app                          the window, its lecture features, boot
 * </pre>
 */
class ArchitectureTest {

    private static final String ROOT = "org.genaitimeline.";
    private static final List<String> ALL = List.of("about", "app", "catalog", "detail", "export", "figure", "files",
            "filter", "growth", "i18n", "importer", "lecture", "lineage", "platform", "prefs", "savedview", "session", "shell",
            "state", "table", "tabledata", "theme", "timeline");
    private static final List<String> VIEWS = List.of("timeline", "growth", "lineage", "table", "detail", "filter");
    private static final List<String> PURE_JAVA = List.of("about", "i18n", "catalog", "importer", "savedview", "prefs",
            "tabledata");
    private static final List<String> WINDOW = List.of("shell", "lecture", "app");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.genaitimeline");
    }

    private static String[] packages(Stream<String> names) {
        return names.map(n -> ROOT + n + "..").toArray(String[]::new);
    }

    private static String[] packages(List<String> names) {
        return packages(names.stream());
    }

    private static String[] allBut(List<String> allowed) {
        return packages(ALL.stream().filter(p -> !allowed.contains(p)));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void everyNamedPackageHoldsClasses() {
        for (String p : ALL) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + p)))
                    .as("package %s has classes", p).isTrue();
        }
        List<String> actual = classes.stream().map(c -> c.getPackageName())
                .filter(n -> n.startsWith(ROOT)).map(n -> n.substring(ROOT.length()).split("\\.")[0])
                .distinct().sorted().toList();
        assertThat(actual).as("every package is named in ALL, so a new one gets rules").isEqualTo(ALL);
    }

    @Test
    void thePureLayersHaveNoJavaFx() {
        for (String p : PURE_JAVA) {
            check(noClasses().that().resideInAPackage(ROOT + p + "..")
                    .should().dependOnClassesThat().resideInAPackage("javafx.."));
        }
    }

    @Test
    void theCatalogDependsOnlyOnI18n() {
        check(noClasses().that().resideInAPackage(ROOT + "catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(List.of("catalog", "i18n"))));
        check(noClasses().that().resideInAPackage(ROOT + "i18n..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(List.of("i18n"))));
    }

    /** The build's facts are read by the command line and the window alike: they know nothing of either. */
    @Test
    void aboutDependsOnNoOtherPackage() {
        check(noClasses().that().resideInAPackage(ROOT + "about..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(List.of("about"))));
    }

    @Test
    void theImporterKnowsOnlyTheCatalog() {
        check(noClasses().that().resideInAPackage(ROOT + "importer..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(List.of("importer", "catalog", "i18n"))));
    }

    /** What the tables show is defined once, for the Tables tab and the exports alike. */
    @Test
    void theTableDataKnowsOnlyTheCatalog() {
        check(noClasses().that().resideInAPackage(ROOT + "tabledata..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(List.of("tabledata", "catalog", "i18n"))));
    }

    /** The figure kit sits under both figures: it knows no figure, screen or file format above it. */
    @Test
    void theFigureKitKnowsNoFeature() {
        check(noClasses().that().resideInAnyPackage(ROOT + "figure..", ROOT + "theme..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(allBut(List.of("figure", "theme", "catalog", "i18n"))));
    }

    @Test
    void viewsNeverDependOnEachOther() {
        for (String view : VIEWS) {
            check(noClasses().that().resideInAPackage(ROOT + view + "..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage(packages(VIEWS.stream().filter(v -> !v.equals(view)))));
        }
    }

    /** The timeline, the growth chart and the lineage are reusable controls on the kit: nothing of the app. */
    @Test
    void theFiguresKnowOnlyTheKitAndTheCatalog() {
        check(noClasses().that().resideInAnyPackage(ROOT + "timeline..", ROOT + "growth..", ROOT + "lineage..")
                .should().dependOnClassesThat().resideInAnyPackage(allBut(
                        List.of("timeline", "growth", "lineage", "figure", "theme", "catalog", "i18n"))));
    }

    /** The shared state sits below the screens: it never reaches up into a view or the window. */
    @Test
    void theStateDependsOnNoScreen() {
        check(noClasses().that().resideInAPackage(ROOT + "state..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(
                        Stream.concat(VIEWS.stream(), Stream.of("shell", "lecture", "app", "export", "session",
                                "prefs", "savedview")))));
    }

    /** What is saved, remembered and loaded knows no screen, so the command line can use it. */
    @Test
    void savedViewsPreferencesAndSessionsKnowNoScreen() {
        check(noClasses().that().resideInAnyPackage(ROOT + "savedview..", ROOT + "prefs..", ROOT + "session..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(
                        Stream.concat(VIEWS.stream(), Stream.of("shell", "lecture", "app", "export")))));
    }

    /** The command line runs without a window. */
    @Test
    void theCommandLineKnowsNoWindow() {
        check(noClasses().that().resideInAPackage(ROOT + "export..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(
                        Stream.concat(Stream.of("state", "session", "filter", "table", "detail"), WINDOW.stream()))));
    }

    /** shell <- lecture <- app: the window never reaches up to the lecture features or the boot. */
    @Test
    void theWindowLayersRunOneWay() {
        check(noClasses().that().resideOutsideOfPackages(packages(WINDOW))
                .should().dependOnClassesThat().resideInAnyPackage(packages(WINDOW)));
        check(noClasses().that().resideInAPackage(ROOT + "shell..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "lecture..", ROOT + "app.."));
        check(noClasses().that().resideInAPackage(ROOT + "lecture..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "app.."));
    }
}
