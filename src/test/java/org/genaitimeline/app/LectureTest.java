package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.lecture.EraSteps;
import org.genaitimeline.lecture.ExportWork;
import org.genaitimeline.lecture.FigureExport;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.lecture.PresentationMode;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.savedview.ViewCodec;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.Prompts;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** Presentation mode, themes, export dialog and saved views, driven like a lecturer would. */
@ExtendWith(ApplicationExtension.class)
class LectureTest {

    private AppState state;
    private MainWindow window;
    private TimelineTab timelineTab;
    private GrowthTab growthTab;
    private Lecture lecture;
    private Stage stage;
    private final FakeFiles files = new FakeFiles();
    private final FakePrompts prompts = new FakePrompts();

    @TempDir
    Path dir;

    /** Exports start the toolkit through FxPlatform; TestFX must own it first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(Language.EN);
        timelineTab = new TimelineTab(state);
        growthTab = new GrowthTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(u -> { }),
                new CatalogLoader(), timelineTab, growthTab);
        lecture = new Lecture(state, window, timelineTab, growthTab, files, prompts, FigureRenderers.all(),
                ExportWork.sameThread());
        stage.setScene(new Scene(window, 1200, 760));
        stage.setX(40);
        stage.setY(30);
        stage.show();
        window.openCatalog(TestCatalogs.modelsFile());
    }

    @AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> {
            lecture.presentation().exit();
            if (lecture.exportDialog() != null) {
                lecture.exportDialog().dialog().close();
            }
        });
    }

    private Bounds stageBounds() {
        return new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @Test
    void f5EntersPresentationModeAndEscRestoresTheWindow(FxRobot robot) {
        robot.interact(() -> {
            state.showView(AppState.View.GROWTH);
            // The pinned detail pane stays open, so the second divider is where it is set (an
            // unpinned pane with nothing selected is closed, its divider at the end).
            window.detail().pinnedProperty().set(true);
            window.split().setDividerPositions(0.25, 0.7);
        });
        Bounds before = stageBounds();
        double[] dividers = window.split().getDividerPositions();

        robot.clickOn("#main-tabs").press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lecture.presentation().isActive()).isTrue();
        assertThat(window.getTop()).isNull();
        assertThat(window.getBottom()).isNull();
        assertThat(window.getCenter().getId()).isEqualTo("presentation");
        assertThat(growthTab.view().getParent()).isSameAs(window.getCenter());
        assertThat(state.getTheme()).isEqualTo(Theme.PROJECTOR);
        assertThat(state.getFigureScale()).isEqualTo(PresentationMode.DEFAULT_SCALE);
        assertThat(growthTab.view().getPalette().labelScale())
                .isEqualTo(Palette.of(Theme.PROJECTOR).labelScale() * 1.5);

        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getFigureScale()).isEqualTo(1.75);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lecture.presentation().isActive()).isFalse();
        assertThat(window.getTop()).isInstanceOf(MenuBar.class);
        assertThat(window.getBottom()).isNotNull();
        assertThat(window.getCenter()).isSameAs(window.split());
        assertThat(growthTab.view().getParent()).isSameAs(growthTab);
        assertThat(state.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.GROWTH);
        assertThat(state.getFigureScale()).isEqualTo(1.0);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stageBounds()).isEqualTo(before);
        assertThat(window.split().getDividerPositions()).containsExactly(dividers, org.assertj.core.data.Offset
                .offset(1e-6));
    }

    @Test
    void theTablesArePresentedAndPutBackInTheirTab(FxRobot robot) {
        robot.interact(() -> {
            state.showView(AppState.View.TABLES);
            lecture.presentation().enter();
        });
        assertThat(window.tables().getParent()).isSameAs(window.getCenter());

        robot.interact(() -> lecture.presentation().exit());
        assertThat(window.tables().getScene()).isSameAs(window.getScene());
        assertThat(window.tables().getParent()).isNotSameAs(window.getCenter());
    }

    @Test
    void pageDownRevealsTheNextEraOnBothFigures(FxRobot robot) {
        robot.interact(() -> lecture.presentation().enter());
        EraSteps steps = new EraSteps(state.getCatalog().eras());
        int first = lecture.presentation().stepProperty().get();
        assertThat(first).isLessThan(steps.last());
        assertThat(timelineTab.view().getRevealUntil()).isEqualTo(steps.cutoff(first));
        int shownAtFirst = timelineTab.view().shownModels().size();

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lecture.presentation().stepProperty().get()).isEqualTo(first + 1);
        assertThat(timelineTab.view().getRevealUntil()).isEqualTo(steps.cutoff(first + 1));
        assertThat(growthTab.view().getRevealUntil()).isEqualTo(steps.cutoff(first + 1));
        assertThat(timelineTab.view().shownModels().size()).isGreaterThan(shownAtFirst);
        assertThat(timelineTab.view().shownModels()).allMatch(m -> steps.cutoff(first + 1) == null
                || m.date().start().isBefore(steps.cutoff(first + 1)));

        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timelineTab.view().getRevealUntil()).isEqualTo(steps.cutoff(first));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timelineTab.view().getRevealUntil()).isNull();
    }

    @Test
    void theThemeMenuRecoloursTheCanvas(FxRobot robot) {
        Color light = canvasCorner(robot);
        assertThat(light).isEqualTo(Palette.of(Theme.LIGHT).background());

        MenuItem dark = ((MenuBar) window.getTop()).getMenus().get(1).getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).map(i -> (javafx.scene.control.Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-theme-dark".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(dark::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getTheme()).isEqualTo(Theme.DARK);
        assertThat(canvasCorner(robot)).isEqualTo(Palette.of(Theme.DARK).background()).isNotEqualTo(light);
    }

    @Test
    void viewThemeBookAppliesTheBookStyleToTheWindowAndTheFigures(FxRobot robot) {
        MenuItem book = ((MenuBar) window.getTop()).getMenus().get(1).getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).map(i -> (javafx.scene.control.Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-theme-book".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(book.getText()).isEqualTo(Messages.of(Language.EN).get("theme.book"));
        robot.interact(book::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getTheme()).isEqualTo(Theme.BOOK);
        assertThat(stage.getScene().getStylesheets()).contains(Theme.BOOK.stylesheet())
                .doesNotContain(Theme.LIGHT.stylesheet());
        assertThat(timelineTab.view().getPalette().theme()).isEqualTo(Theme.BOOK);
        assertThat(timelineTab.view().getPalette().circlesOnly()).isTrue();
    }

    private Color canvasCorner(FxRobot robot) {
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        return image[0].getPixelReader().getColor(3, 3);
    }

    @Test
    void theExportDialogWritesAPngOfTheChosenSizeAndAnSvgThatParses(FxRobot robot) throws Exception {
        Path png = dir.resolve("figure.png");
        files.answer = png;
        robot.interact(lecture::showExport);
        robot.interact(() -> combo(robot, "#export-size").getSelectionModel().select(0));
        robot.clickOn("#export-title").write("Generative AI");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.errors).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(lecture.exportDialog().dialog().isShowing()).isFalse();

        Path svg = dir.resolve("figure.svg");
        files.answer = svg;
        robot.interact(lecture::showExport);
        robot.interact(() -> {
            combo(robot, "#export-format").getSelectionModel().select(FigureExport.Format.SVG);
            combo(robot, "#export-size").getSelectionModel().select(3);
        });
        robot.doubleClickOn("#export-width").write("1000");
        robot.doubleClickOn("#export-height").write("600");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(svg)).contains("Generative Deep Learning");
    }

    @Test
    void aCustomSizeOutOfRangeKeepsTheDialogOpenAndSaysWhy(FxRobot robot) {
        files.answer = dir.resolve("x.png");
        robot.interact(lecture::showExport);
        robot.interact(() -> combo(robot, "#export-size").getSelectionModel().select(3));
        robot.doubleClickOn("#export-width").write("20");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lecture.exportDialog().dialog().isShowing()).isTrue();
        assertThat(robot.lookup("#export-problem").queryLabeled().getText()).contains("100").contains("10000");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void theTablesExportAsCsvInTheCurrentLanguage(FxRobot robot) throws Exception {
        Path csv = dir.resolve("t.csv");
        files.answer = csv;
        robot.interact(() -> {
            state.setLanguage(Language.ZH);
            state.showView(AppState.View.TABLES);
            lecture.showExport();
            combo(robot, "#export-format").getSelectionModel().select(FigureExport.Format.CSV);
        });
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        String text = Files.readString(csv);
        assertThat(text.lines().findFirst().orElseThrow()).contains(Messages.of(Language.ZH).get("column.model"));
        assertThat(text).contains("GPT-3");
    }

    @Test
    void overwritingAsksFirstAndNoKeepsTheOldFile(FxRobot robot) throws Exception {
        Path png = dir.resolve("old.png");
        Files.writeString(png, "old");
        files.answer = png;
        prompts.overwrite = false;
        robot.interact(lecture::showExport);
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.asked).containsExactly(png);
        assertThat(Files.readString(png)).isEqualTo("old");
    }

    @Test
    void aFailedWriteToAReadOnlyFolderLeavesTheOldFileAsItWas(FxRobot robot) throws Exception {
        // Root writes through any permission; the next test fails a write in a way root cannot skip.
        assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
        Path png = dir.resolve("old.png");
        Files.writeString(png, "old");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            files.answer = png;
            robot.interact(lecture::showExport);
            robot.clickOn("#export-ok");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(prompts.errors).singleElement().asString().contains("old.png").contains("read-only");
            assertThat(Files.readString(png)).isEqualTo("old");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAsItWasAndSaysWhy(FxRobot robot) throws Exception {
        // A 250-character name is a valid file, but the temporary file beside it (".name...tmp")
        // passes the 255-byte limit of the file system: the write fails before the move, for root too.
        Path png = dir.resolve("x".repeat(246) + ".png");
        Files.writeString(png, "old");
        files.answer = png;
        robot.interact(lecture::showExport);
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.errors).singleElement().asString().contains("was not written")
                .contains("unchanged");
        assertThat(Files.readString(png)).isEqualTo("old");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(png);
        }
    }

    @Test
    void aSavedViewReopenedGivesTheSameFiltersTabAndRange(FxRobot robot) throws Exception {
        Path file = dir.resolve("lecture.json");
        files.answer = file;
        ModelQuery q = ModelQuery.ALL.withFamilies(Set.of(Family.AUTOREGRESSIVE)).withYears(2018, null);
        robot.interact(() -> {
            state.setQuery(q);
            state.showView(AppState.View.GROWTH);
            state.select("gpt-3");
            timelineTab.view().setVisibleRange(2019, 2022.5);
            growthTab.view().setShowTrends(true);
            lecture.saveView();
        });
        assertThat(file).exists();

        robot.interact(() -> {
            state.setQuery(ModelQuery.ALL);
            state.showView(AppState.View.TABLES);
            state.select(null);
            timelineTab.view().setVisibleRange(2014, 2016);
            growthTab.view().setShowTrends(false);
            state.setTheme(Theme.DARK);
        });
        robot.interact(() -> lecture.openView());

        assertThat(state.getQuery()).isEqualTo(q);
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.GROWTH);
        assertThat(state.getSelectedModel().id()).isEqualTo("gpt-3");
        assertThat(timelineTab.view().getVisibleStart()).isEqualTo(2019);
        assertThat(timelineTab.view().getVisibleEnd()).isEqualTo(2022.5);
        assertThat(growthTab.view().isShowTrends()).isTrue();
        assertThat(state.getTheme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aBadViewFileIsReportedWithItsPlaceAndTheWindowKeepsItsState(FxRobot robot) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1,\n  \"tab\": \"slides\"}");
        robot.interact(() -> state.showView(AppState.View.TABLES));
        files.answer = file;
        robot.interact(() -> lecture.openView());

        assertThat(prompts.errors).singleElement().asString().startsWith("bad.json:2:10: ");
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TABLES);
    }

    @Test
    void inPresentationModeADeckStepsThroughItsViews(FxRobot robot) throws Exception {
        Path file = dir.resolve("deck.json");
        SavedView first = SavedView.initial(Language.EN).withTab(SavedView.Tab.TIMELINE).withTheme(Theme.PROJECTOR);
        SavedView second = SavedView.initial(Language.EN).withTab(SavedView.Tab.GROWTH).withTheme(Theme.PROJECTOR)
                .withQuery(ModelQuery.ALL.withFamilies(Set.of(Family.MULTIMODAL)));
        Files.writeString(file, new ViewCodec(Messages.of(Language.EN)).writeDeck(List.of(first, second)));
        robot.interact(() -> {
            assertThat(lecture.openView(file)).isTrue();
            lecture.presentation().enter();
        });
        assertThat(timelineTab.view().getParent()).isSameAs(window.getCenter());

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getCurrentView()).isEqualTo(AppState.View.GROWTH);
        assertThat(state.getQuery().families()).containsExactly(Family.MULTIMODAL);
        assertThat(growthTab.view().getParent()).isSameAs(window.getCenter());
        assertThat(timelineTab.view().getParent()).isSameAs(timelineTab);

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TIMELINE);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    /** Answers every file question with one path. */
    static final class FakeFiles implements FileChooserService {
        Path answer;

        @Override
        public Optional<Path> open(Window owner, String title, String filterName, String... patterns) {
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String initialName, String filterName,
                String... patterns) {
            return Optional.ofNullable(answer);
        }
    }

    /** Records what would have been asked and said. */
    static final class FakePrompts implements Prompts {
        boolean overwrite = true;
        final List<Path> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public boolean confirmOverwrite(Window owner, Path file) {
            asked.add(file);
            return overwrite;
        }

        @Override
        public void error(Window owner, String title, String message) {
            errors.add(message);
        }
    }
}
