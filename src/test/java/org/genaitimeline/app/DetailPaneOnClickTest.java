package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.state.AppState;
import org.genaitimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One click on a model in the timeline opens the detail pane on it, also when the pane's
 * remembered open position would leave it too narrow to read (saved so, or dragged almost
 * shut): GPT-3 was selected while the pane stayed shut.
 */
class DetailPaneOnClickTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        show(stage, TestCatalogs.modelsFile(), url -> { }, true);
        state.showView(AppState.View.TIMELINE);
    }

    private TimelineView timeline() {
        return timelineTab.view();
    }

    private Point2D onScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return timeline().localToScreen(timeline().circleLocation(id).orElseThrow());
    }

    private double detailWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.detail().getWidth();
    }

    private void clickAndWaitForThePane(FxRobot robot, String id) throws Exception {
        robot.clickOn(onScreen(id));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailWidth() > 150);
        assertThat(state.getSelectedModel().id()).isEqualTo(id);
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText())
                .isEqualTo(state.getSelectedModel().name(state.getLanguage()));
    }

    @Test
    void oneClickOnATimelineModelOpensThePaneOnIt(FxRobot robot) throws Exception {
        assertThat(detailWidth()).isLessThan(1);
        clickAndWaitForThePane(robot, "gpt-3");
    }

    @Test
    void aSavedPositionThatLeavesThePaneShutIsNotUsed(FxRobot robot) throws Exception {
        // As the preferences put it back at start-up: the pane's divider all but at the end.
        robot.interact(() -> window.setDividerPositions(new double[] {0.2, 0.998}));
        clickAndWaitForThePane(robot, "gpt-3");
        assertThat(window.split().getDividerPositions()[1]).isLessThan(0.95);
    }

    @Test
    void aPaneDraggedAlmostShutOpensWideAgainOnTheNextClick(FxRobot robot) throws Exception {
        clickAndWaitForThePane(robot, "gpt-3");
        robot.interact(() -> window.split().setDividerPosition(1, 0.995));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailWidth() < 1);

        clickAndWaitForThePane(robot, "gpt-2");
        assertThat(window.dividerPositions()[1]).isLessThan(0.95);
    }
}
