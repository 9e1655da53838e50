package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.tabledata.TablePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up: the Parameter growth and Tables tabs build their controls only when they are
 * first shown, and then work as if they had been there all along (issue 15).
 */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {

    private AppState state;
    private MainWindow window;
    private GrowthTab growthTab;

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        growthTab = new GrowthTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(url -> { }),
                new CatalogLoader(), new TimelineTab(state), growthTab);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        window.openCatalog(TestCatalogs.modelsFile());
    }

    @Test
    void growthAndTablesAreBuiltWhenFirstShownByTheirShortcuts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TIMELINE);
        assertThat(growthTab.isToolbarBuilt()).isFalse();
        assertThat(growthTab.view().getSkin()).isNull();
        assertThat(window.tables().isBuilt()).isFalse();
        assertThat(robot.lookup("#growth-book-figure-only").tryQuery()).isEmpty();
        assertThat(robot.lookup("#table-count").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.GROWTH);
        assertThat(growthTab.isToolbarBuilt()).isTrue();
        assertThat(growthTab.view().getSkin()).isNotNull();
        boolean bookOnly = growthTab.view().isBookFigureOnly();
        robot.clickOn("#growth-book-figure-only");
        assertThat(growthTab.view().isBookFigureOnly()).isEqualTo(!bookOnly);
        assertThat(window.tables().isBuilt()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.TABLES);
        assertThat(window.tables().isBuilt()).isTrue();
        robot.clickOn("#preset-all");
        assertThat(window.tables().presetProperty().get()).isEqualTo(TablePreset.ALL);
        int rows = window.tables().currentTable().getItems().size();
        assertThat(rows).isEqualTo(state.getCatalog().models().size());
        assertThat(robot.lookup("#table-count").queryAs(Label.class).getText()).contains(String.valueOf(rows));
    }

    @Test
    void whatASavedViewSetsBeforeTheTabsExistShowsOnceTheyDo(FxRobot robot) {
        robot.interact(() -> {
            growthTab.view().setBookFigureOnly(!growthTab.view().isBookFigureOnly());
            window.tables().presetProperty().set(TablePreset.TABLE_14_2);
        });
        boolean bookOnly = growthTab.view().isBookFigureOnly();
        assertThat(window.tables().isBuilt()).isFalse();

        robot.interact(() -> state.showView(AppState.View.GROWTH));
        assertThat(robot.lookup("#growth-book-figure-only").queryAs(ToggleButton.class).isSelected())
                .isEqualTo(bookOnly);

        robot.interact(() -> state.showView(AppState.View.TABLES));
        assertThat(robot.lookup("#preset-table-14-2").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#preset-table-14-1").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#table-title").queryAs(Label.class).getText())
                .isEqualTo(state.messages().get(TablePreset.TABLE_14_2.titleKey()));
    }
}
