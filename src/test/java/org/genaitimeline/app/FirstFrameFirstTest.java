package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up ({@link MainWindow.Startup#FIRST_FRAME_FIRST}, as the app starts): the filter
 * sidebar's controls arrive after the first frame and then work; Ctrl+F or a press into the
 * sidebar before that brings them at once; the detail pane's nodes join the scene when it
 * first opens (issue 15). Each test shows its window and acts in one FX task, so no pulse
 * (and so no first frame) comes between the show and what the test does.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFirstTest {

    private AppState state;
    private MainWindow window;
    private TimelineTab timelineTab;
    private Stage stage;

    /** On the FX thread: the window as the app shows it, with the catalog in before the show. */
    private void show() {
        state = new AppState(Language.EN);
        timelineTab = new TimelineTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(url -> { }),
                new CatalogLoader(), timelineTab, null, null, MainWindow.Startup.FIRST_FRAME_FIRST);
        window.openCatalog(TestCatalogs.modelsFile());
        stage = new Stage();
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    private void waitUntilComplete() throws Exception {
        boolean[] complete = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> window.whenComplete(() -> complete[0] = true)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> complete[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSidebarArrivesAfterTheFirstFrameWhereItsStandInWasAndFiltersTheTimeline(FxRobot robot) throws Exception {
        boolean[] arrivedAtShow = new boolean[1];
        double[] firstFrameWidth = {-1};
        robot.interact(() -> {
            show();
            arrivedAtShow[0] = window.sidebar().hasArrived();
            // The sidebar's width in the first frame, taken as the first pulse lays it out.
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (firstFrameWidth[0] < 0) {
                    firstFrameWidth[0] = window.sidebar().getWidth();
                }
            });
        });
        assertThat(arrivedAtShow[0]).isFalse();

        waitUntilComplete();

        assertThat(window.sidebar().hasArrived()).isTrue();
        assertThat(robot.lookup("#facet-parameters").tryQuery()).isPresent();
        assertThat(firstFrameWidth[0]).isGreaterThan(100);
        assertThat(window.sidebar().getWidth()).isEqualTo(firstFrameWidth[0]);
        int all = state.getCatalog().models().size();
        assertThat(timelineTab.view().getHighlighted()).hasSize(all);

        robot.clickOn("#filter-search").write("Chinchilla");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getQuery().text()).isEqualTo("Chinchilla");
        assertThat(timelineTab.view().getHighlighted()).hasSizeLessThan(all)
                .anyMatch(m -> m.name(Language.EN).equals("Chinchilla"))
                .noneMatch(m -> m.id().equals("vae"));

        CheckBox firstEra = robot.lookup("#facet-eras .check-box").queryAs(CheckBox.class);
        robot.clickOn(firstEra);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getQuery().eras()).isNotEmpty();
    }

    @Test
    void ctrlFBeforeTheSidebarHasArrivedBringsItAndFocusesTheSearch(FxRobot robot) {
        boolean[] before = new boolean[1];
        boolean[] after = new boolean[1];
        robot.interact(() -> {
            show();
            window.focusCentre();
            before[0] = window.sidebar().hasArrived();
            Node focused = stage.getScene().getFocusOwner();
            Event.fireEvent(focused == null ? window : focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F,
                    false, !isMac(), false, isMac()));
            after[0] = window.sidebar().hasArrived();
        });
        assertThat(before[0]).isFalse();
        assertThat(after[0]).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TextField.class)
                .extracting(Node::getId).isEqualTo("filter-search");

        robot.write("GPT");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getQuery().text()).isEqualTo("GPT");
    }

    @Test
    void aPressIntoTheSidebarBeforeItHasArrivedBringsItAtOnce(FxRobot robot) {
        assertTheStandInBringsTheSidebarOn(robot, MouseEvent.MOUSE_PRESSED, MouseButton.PRIMARY);
        assertThat(robot.lookup("#filter-search").tryQuery()).isPresent();
    }

    @Test
    void aPointerMovingIntoTheSidebarBeforeItHasArrivedBringsItSoTheClickLandsOnAControl(FxRobot robot) {
        assertTheStandInBringsTheSidebarOn(robot, MouseEvent.MOUSE_MOVED, MouseButton.NONE);
    }

    /** Shows the window and, in the same FX task (so before the first frame), fires {@code type} on the stand-in. */
    private void assertTheStandInBringsTheSidebarOn(FxRobot robot, EventType<MouseEvent> type, MouseButton button) {
        boolean[] before = new boolean[1];
        boolean[] after = new boolean[1];
        boolean pressed = type == MouseEvent.MOUSE_PRESSED;
        robot.interact(() -> {
            show();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            before[0] = window.sidebar().hasArrived();
            Node standIn = window.sidebar().lookup(".filter-pending");
            Bounds b = standIn.localToScene(standIn.getLayoutBounds());
            Event.fireEvent(standIn, new MouseEvent(type, b.getCenterX(), b.getCenterY(), b.getCenterX(),
                    b.getCenterY(), button, pressed ? 1 : 0, false, false, false, false, pressed, false, false,
                    true, false, true, null));
            after[0] = window.sidebar().hasArrived();
        });
        assertThat(before[0]).isFalse();
        assertThat(after[0]).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".filter-pending").tryQuery()).isEmpty();
    }

    @Test
    void theDetailPaneJoinsTheSceneWhenItFirstOpens(FxRobot robot) {
        int[] nodesAtShow = new int[1];
        robot.interact(() -> {
            show();
            nodesAtShow[0] = window.detail().getChildrenUnmodifiable().size();
        });
        assertThat(nodesAtShow[0]).isZero();
        assertThat(robot.lookup("#detail-name").tryQuery()).isEmpty();

        Model gpt3 = state.getCatalog().model("gpt-3").orElseThrow();
        robot.interact(() -> state.select(gpt3.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.detail().getChildrenUnmodifiable()).isNotEmpty();
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo(gpt3.name(Language.EN));
        assertThat(robot.lookup("#detail-pin").tryQuery()).isPresent();
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }
}
