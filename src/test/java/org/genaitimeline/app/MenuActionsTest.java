package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.shell.Action;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.NonMenuKeys;
import org.genaitimeline.shell.Prompts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menu bar, Help > Keyboard shortcuts and presentation mode read one action registry. */
class MenuActionsTest extends WindowFixture {

    private Lecture lecture;

    @Start
    void start(Stage stage) {
        show(stage, TestCatalogs.modelsFile(), u -> { }, true);
        // After the window is on screen, as a feature that comes late would: the menus follow.
        lecture = new Lecture(state, window, timelineTab, growthTab, FileChooserService.system(),
                Prompts.alerts(state), FigureRenderers.all());
    }

    @Test
    void theShortcutsDialogListsExactlyTheRegistrysKeysThenTheOtherKeys(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        WaitForAsyncUtils.waitForFxEvents();

        GridPane grid = robot.lookup("#shortcuts-grid").queryAs(GridPane.class);
        List<String> shown = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-keys"))
                .map(n -> ((Label) n).getText()).toList();
        List<String> expected = Stream.concat(
                window.actions().withShortcuts().stream().map(a -> a.accelerator().getDisplayText()),
                NonMenuKeys.ALL.stream().map(NonMenuKeys.Entry::keys)).toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        // The lecture's keys are there too, though it registered after the window was built.
        assertThat(window.actions().withShortcuts()).extracting(Action::id)
                .contains("menu-open", "menu-import-epoch", "menu-export", "menu-presentation");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyActionWithKeysIsInTheMenuBarWithThoseKeysAndItsText(FxRobot robot) {
        List<MenuItem> items = new ArrayList<>();
        ((MenuBar) window.getTop()).getMenus().forEach(m -> collect(m, items));

        for (Action a : window.actions().all()) {
            MenuItem item = items.stream().filter(i -> a.id().equals(i.getId())).findFirst().orElseThrow(
                    () -> new AssertionError("no menu item " + a.id()));
            assertThat(item.getAccelerator()).as(a.id()).isEqualTo(a.accelerator());
            assertThat(item.getText()).as(a.id()).isEqualTo(state.messages().get(a.textKey()));
        }
        // And no menu item carries keys the registry does not know.
        assertThat(items.stream().filter(i -> i.getAccelerator() != null).map(MenuItem::getId))
                .containsExactlyInAnyOrderElementsOf(window.actions().withShortcuts().stream().map(Action::id).toList());
    }

    @Test
    void theFileMenuKeepsItsOrderAndSeparators() {
        Menu file = ((MenuBar) window.getTop()).getMenus().get(0);
        assertThat(file.getItems()).extracting(i -> i.getId() == null ? "---" : i.getId()).containsExactly(
                "menu-open", "menu-recent", "menu-add-catalog", "menu-import-epoch", "menu-bundled", "---",
                "menu-open-view", "menu-save-view", "menu-export", "menu-copy-image", "---", "menu-quit");
    }

    @Test
    void presentationModeLeavesOnTheMenusOwnKey(FxRobot robot) {
        robot.clickOn("#main-tabs").type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lecture.presentation().isActive()).isTrue();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lecture.presentation().isActive()).isFalse();
        assertThat(window.getTop()).isInstanceOf(MenuBar.class);
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, into));
        }
    }
}
