package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane takes width only while it has a model to show, or is pinned. */
class DetailSpaceTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        show(stage, TestCatalogs.modelsFile(), url -> { }, false);
    }

    private double detailWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.detail().getWidth();
    }

    private void waitForWidth(boolean open) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> open ? detailWidth() > 100 : detailWidth() < 1);
    }

    @Test
    void thePaneOpensOnASelectionAndEscClosesIt(FxRobot robot) throws Exception {
        assertThat(detailWidth()).isLessThan(1);
        assertThat(window.split().getDividerPositions()[1]).isGreaterThan(0.99);

        robot.clickOn("PaLM");
        waitForWidth(true);
        assertThat(state.getSelectedModel().id()).isEqualTo("palm");

        robot.type(KeyCode.ESCAPE);
        waitForWidth(false);
        assertThat(state.getSelectedModel()).isNull();
        assertThat(window.split().getDividerPositions()[1]).isGreaterThan(0.99);
    }

    @Test
    void aPinnedPaneStaysOpenWithoutASelection(FxRobot robot) throws Exception {
        robot.clickOn("PaLM");
        waitForWidth(true);
        robot.clickOn("#detail-pin");
        assertThat(window.detail().pinnedProperty().get()).isTrue();

        robot.clickOn("GPT-3").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getSelectedModel()).isNull();
        assertThat(detailWidth()).isGreaterThan(100);
    }

    @Test
    void theOpenWidthTheReaderChoseIsKeptWhileClosed(FxRobot robot) throws Exception {
        robot.clickOn("PaLM");
        robot.interact(() -> window.split().setDividerPosition(1, 0.6));
        robot.type(KeyCode.ESCAPE);
        waitForWidth(false);

        assertThat(window.dividerPositions()[1]).isEqualTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        robot.clickOn("GPT-3");
        waitForWidth(true);
        assertThat(window.split().getDividerPositions()[1]).isEqualTo(0.6, org.assertj.core.data.Offset.offset(0.01));
    }
}
