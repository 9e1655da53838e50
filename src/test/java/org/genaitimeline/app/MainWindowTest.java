package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.tabledata.TablePreset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a reader uses it: type, tick, click, read back. Headless on Monocle. */
class MainWindowTest extends WindowFixture {

    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        show(stage, TestCatalogs.modelsFile(), opened::add, false);
    }

    private List<String> rowIds() {
        return table().getItems().stream().map(Model::id).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#table-count").queryAs(Label.class).getText();
    }

    private void showPreset(FxRobot robot, TablePreset preset) {
        robot.interact(() -> window.tables().presetProperty().set(preset));
    }

    @Test
    void typingInSearchNarrowsTheTableAndTheCounts(FxRobot robot) {
        int all = table().getItems().size();
        assertThat(count(robot)).isEqualTo(all + " of " + all);

        robot.clickOn("#filter-search").write("chinchilla");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowIds()).contains("chinchilla").doesNotContain("gpt-3", "palm");
        assertThat(count(robot)).isEqualTo(rowIds().size() + " of " + all);
        assertThat(status(robot)).startsWith(state.models().size() + " of 23 models");
        assertThat(state.models().size()).isLessThan(23);
    }

    @Test
    void ctrlFFocusesSearchAndEscClearsIt(FxRobot robot) {
        robot.clickOn(table());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("palm");
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#filter-search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        assertThat(state.getQuery().text()).isEqualTo("palm");

        robot.type(KeyCode.ESCAPE);

        assertThat(search.getText()).isEmpty();
        assertThat(state.getQuery()).isEqualTo(ModelQuery.ALL);
    }

    @Test
    void uncheckingAnEraRemovesItsModelsEverywhere(FxRobot robot) {
        showPreset(robot, TablePreset.ALL);
        int inEra = state.getCatalog().inEra("big-models").size();
        assertThat(rowIds()).hasSize(23);

        robot.clickOn(eraBox(robot, "The era of big models"));

        assertThat(rowIds()).hasSize(23 - inEra);
        assertThat(table().getItems()).noneMatch(m -> m.era().equals("big-models"));
        assertThat(status(robot)).startsWith((23 - inEra) + " of 23 models");
        assertThat(state.models()).noneMatch(m -> m.era().equals("big-models"));
    }

    @Test
    void sortingByParametersPutsPalmAboveGpt3AndUnknownSizesLastBothWays(FxRobot robot) {
        showPreset(robot, TablePreset.ALL);

        robot.clickOn(header(robot, "# Parameters"));
        List<String> ascending = rowIds();
        assertThat(ascending.indexOf("gpt-3")).isLessThan(ascending.indexOf("palm"));
        assertUnknownLast(ascending);

        robot.clickOn(header(robot, "# Parameters"));
        List<String> descending = rowIds();
        assertThat(descending.get(0)).isEqualTo("palm");
        assertThat(descending.indexOf("palm")).isLessThan(descending.indexOf("gpt-3"));
        assertUnknownLast(descending);
    }

    @Test
    void bookTableKeepsTheBooksOrderUntilAHeaderIsClicked(FxRobot robot) {
        List<String> book = state.getCatalog().table(org.genaitimeline.catalog.BookTable.LLM).stream()
                .map(Model::id).toList();
        assertThat(rowIds()).isEqualTo(book);

        robot.clickOn(header(robot, "# Parameters"));
        robot.clickOn(header(robot, "# Parameters"));

        assertThat(rowIds().get(0)).isEqualTo("palm");
        assertThat(rowIds().get(rowIds().size() - 1)).isEqualTo("gpt-4");
    }

    @Test
    void selectingARowFillsTheDetailPane(FxRobot robot) {
        assertThat(robot.lookup(".detail-empty").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn("PaLM");

        assertThat(robot.lookup(".detail-empty").queryAs(Label.class).isVisible()).isFalse();
        assertThat(state.getSelectedModel().id()).isEqualTo("palm");
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo("PaLM");
        assertThat(robot.lookup("#detail-parameters").queryAs(Label.class).getText()).isEqualTo("540B");
        assertThat(robot.lookup("#detail-type").queryAs(Label.class).getText())
                .isEqualTo("Autoregressive / Transformer");
        assertThat(robot.lookup("#detail-summary").queryAs(Label.class).getText()).contains("540");
        assertThat(robot.lookup("#detail-paper").queryAs(Hyperlink.class).getText()).contains("PaLM");
    }

    @Test
    void arrowsMoveTheSelectionAndEnterOpensThePaper(FxRobot robot) {
        robot.clickOn("GPT-3");
        robot.type(KeyCode.DOWN);

        Model next = table().getItems().get(1);
        assertThat(state.getSelectedModel()).isEqualTo(next);
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo(next.name());

        robot.type(KeyCode.ENTER);

        assertThat(opened).containsExactly(next.paper().orElseThrow().url());
    }

    @Test
    void clickingABuildsOnLinkSelectsThatModel(FxRobot robot) {
        robot.clickOn("GPT-3");

        robot.clickOn(robot.lookup("#detail-builds-on .hyperlink").queryAs(Hyperlink.class));

        assertThat(state.getSelectedModel().id()).isEqualTo("gpt-2");
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo("GPT-2");
    }

    @Test
    void resetRestoresEverything(FxRobot robot) {
        showPreset(robot, TablePreset.ALL);
        robot.clickOn("#filter-search").write("gan");
        robot.clickOn(eraBox(robot, "Foundations"));
        javafx.scene.Node closed = robot.lookup("#open-closed").query();
        robot.interact(closed::requestFocus);
        robot.clickOn(closed);
        assertThat(rowIds().size()).isLessThan(23);

        robot.clickOn("#filter-reset");

        assertThat(state.getQuery()).isEqualTo(ModelQuery.ALL);
        assertThat(rowIds()).hasSize(23);
        assertThat(status(robot)).startsWith("23 of 23 models");
        assertThat(robot.lookup("#filter-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(eraBox(robot, "Foundations").isSelected()).isTrue();
    }

    @Test
    void openingABrokenCatalogShowsTheProblemsAndKeepsTheOldData(FxRobot robot) {
        Catalog before = state.getCatalog();

        robot.interact(() -> window.openCatalog(TestCatalogs.brokenFile()));

        assertThat(window.problemsDialog()).isNotNull();
        assertThat(window.problemsDialog().isShowing()).isTrue();
        TextArea problems = (TextArea) window.problemsDialog().getDialogPane().lookup("#problems-text");
        assertThat(problems.getText()).contains("models.json");
        assertThat(state.getCatalog()).isSameAs(before);
        assertThat(status(robot)).startsWith("23 of 23 models");
    }

    @Test
    void languageSwitchRelabelsInPlace(FxRobot robot) {
        robot.clickOn("PaLM");

        robot.interact(() -> state.setLanguage(Language.ZH));

        assertThat(robot.lookup("#table-title").queryAs(Label.class).getText()).startsWith("表 14-1");
        assertThat(robot.lookup("#detail-parameters").queryAs(Label.class).getText()).isEqualTo("5400 亿");
        assertThat(status(robot)).startsWith("23 个模型中的 23 个");
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) {
        robot.clickOn("GPT-3");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String copied = clipboard(robot);
        assertThat(copied).startsWith("Model\tDate\tDeveloper\t# Parameters\tOpen source\n")
                .contains("GPT-3\tMay 2020\tOpenAI\t175B\tNo\n");
        assertThat(copied.lines()).hasSize(3);
    }

    @Test
    void helpListsTheKeyboardShortcuts(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");

        assertThat(robot.lookup("Search models").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    private String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private Label header(FxRobot robot, String text) {
        // A new preset's columns get their header labels at the next CSS and layout pass, which
        // a loaded machine may not have run yet: run it here rather than wait for a pulse.
        robot.interact(() -> {
            table().applyCss();
            table().layout();
        });
        return robot.from(table()).lookup(".column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
    }

    private CheckBox eraBox(FxRobot robot, String name) {
        return robot.lookup("#facet-eras .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> name.equals(b.getText())).findFirst().orElseThrow();
    }

    private void assertUnknownLast(List<String> ids) {
        Catalog c = state.getCatalog();
        boolean seenUnknown = false;
        for (String id : ids) {
            boolean unknown = c.model(id).orElseThrow().parameters().isEmpty();
            assertThat(seenUnknown && !unknown).as("known size %s after an unknown one", id).isFalse();
            seenUnknown |= unknown;
        }
        assertThat(seenUnknown).isTrue();
    }
}
