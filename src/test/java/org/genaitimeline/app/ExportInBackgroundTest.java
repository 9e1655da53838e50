package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.lecture.ExportWork;
import org.genaitimeline.lecture.ExportWriter;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
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

/**
 * An export is encoded and written off the FX thread: while a writer the test holds on a latch
 * is still busy, the window takes clicks; Cancel stops the write and leaves no file.
 */
@ExtendWith(ApplicationExtension.class)
class ExportInBackgroundTest {

    private final LectureTest.FakeFiles files = new LectureTest.FakeFiles();
    private final LectureTest.FakePrompts prompts = new LectureTest.FakePrompts();
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean sawCancel = new AtomicBoolean();
    private AppState state;
    private MainWindow window;
    private Lecture lecture;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts writing, then waits for the test's word before it really writes (or sees the cancel). */
    private final ExportWriter heldWriter = (target, content, progress) -> {
        try {
            progress.done(0.25);
            writing.countDown();
            release.await();
            if (progress.cancelled()) {
                sawCancel.set(true);
                throw new java.util.concurrent.CancellationException();
            }
            ExportWriter.files().write(target, content, progress);
        } catch (InterruptedException cancelInterrupts) {
            sawCancel.set(true);
            throw cancelInterrupts;
        } finally {
            finished.countDown();
        }
    };

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        TimelineTab timelineTab = new TimelineTab(state);
        GrowthTab growthTab = new GrowthTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(u -> { }),
                new CatalogLoader(), timelineTab, growthTab);
        ExportWork work = new ExportWork(ExportWork.background().executor(), heldWriter);
        lecture = new Lecture(state, window, timelineTab, growthTab, files, prompts, FigureRenderers.all(), work);
        stage.setScene(new Scene(window, 1200, 760));
        stage.show();
        window.openCatalog(TestCatalogs.modelsFile());
    }

    @AfterEach
    void releaseTheWriter() {
        release.countDown();
    }

    /** Export… > OK at a size preset, until the held writer has started and waits. */
    private Path exportUntilTheWriterWaits(FxRobot robot, String name, int sizePreset) throws Exception {
        Path png = dir.resolve(name);
        files.answer = png;
        robot.interact(() -> {
            lecture.showExport();
            robot.lookup("#export-size").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel()
                    .select(sizePreset);
        });
        robot.clickOn("#export-ok");
        assertThat(writing.await(20, TimeUnit.SECONDS)).as("the writer started").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        return png;
    }

    @Test
    void theWindowAnswersWhileTheExportIsStillBeingWritten(FxRobot robot) throws Exception {
        // 4K: past a Full HD frame, so the figure is also painted in tiles once the writer goes on.
        Path png = exportUntilTheWriterWaits(robot, "big.png", 2);

        // The writer is blocked on its latch; the window must still take a click.
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TIMELINE);
        robot.clickOn("#tab-tables");
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TABLES);
        assertThat(finished.getCount()).as("still writing").isEqualTo(1);
        assertThat(robot.lookup("#export-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.25);

        release.countDown();
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(3840);
        assertThat(image.getHeight()).isEqualTo(2160);
        assertThat(robot.lookup("#export-progress-cancel").tryQuery()).as("the progress closed").isEmpty();
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void copyImagePaintsInTheBackgroundAndPutsTheFigureOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.interact(() -> window.actions().all().stream().filter(a -> a.id().equals("menu-copy-image"))
                .findFirst().orElseThrow().handler().run());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage()).get());
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        // The figure at 60% x 80% of the 1200 x 760 window, twice the pixels.
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(1216);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-progress-cancel").tryQuery()).as("the progress closed").isEmpty();
    }

    @Test
    void cancelStopsTheWriteAndLeavesNoFile(FxRobot robot) throws Exception {
        Path png = exportUntilTheWriterWaits(robot, "cancelled.png", 1);

        robot.clickOn("#export-progress-cancel");
        release.countDown();
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sawCancel).isTrue();
        assertThat(png).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
        assertThat(robot.lookup("#export-progress-cancel").tryQuery()).isEmpty();
        assertThat(prompts.errors).as("a cancel is no failure").isEmpty();
    }
}
