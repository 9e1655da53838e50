package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FontStack;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in two languages, on the full bundled catalog (data/models.json): the View
 * menu switches every open view in place, the book tables print as the Chinese book does,
 * and the controls use a CJK font.
 */
class LanguageSwitchTest extends WindowFixture {

    private static final Path CATALOG = Path.of("data/models.json");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Start
    void start(Stage stage) {
        show(stage, CATALOG, u -> { }, true);
    }

    private List<String> headers() {
        return table().getColumns().stream().map(TableColumn::getText).toList();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theViewMenuSwitchesMenuSidebarHeadersDetailAndCanvasesInPlace(FxRobot robot) {
        robot.clickOn("GPT-3");
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        TableView<Model> tableBefore = table();
        Label summaryBefore = robot.lookup("#detail-summary").queryAs(Label.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("_File", "_View", "_Help");
        assertThat(headers()).containsExactly("Model", "Date", "Developer", "# Parameters", "Open source");

        chooseLanguage(robot, "View", "Language", "English", "中文");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getLanguage()).isEqualTo(Language.ZH);
        // the menu
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("文件(_F)", "视图(_V)", "帮助(_H)");
        // the sidebar
        assertThat(text(robot, "#facet-eras .facet-title")).isEqualTo("时代");
        assertThat(robot.lookup("#facet-eras .check-box").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .contains("2014 年至 2017 年：VAE 和 GAN 时代", "2018 年至 2019 年：Transformer 时代", "2020 年至 2022 年：大模型时代");
        assertThat(robot.lookup("#filter-search").queryAs(TextField.class).getPromptText()).isEqualTo("搜索模型");
        // the table headers, on the same table
        assertThat(table()).isSameAs(tableBefore);
        assertThat(headers()).containsExactly("模型", "日期", "开发者", "# 参数", "开源");
        assertThat(text(robot, "#table-title")).isEqualTo("表 14-1. 大型语言模型");
        // the detail pane, on the same nodes
        assertThat(robot.lookup("#detail-summary").queryAs(Label.class)).isSameAs(summaryBefore);
        assertThat(summaryBefore.getText()).isEqualTo(state.getSelectedModel().summary().zh());
        assertThat(text(robot, "#detail-date")).isEqualTo("2020 年 5 月 28 日");
        assertThat(text(robot, "#detail-parameters")).isEqualTo("1750 亿");
        assertThat(text(robot, "#detail-type")).isEqualTo("自回归模型 / Transformer");
        // the tabs, the status bar and both canvases
        assertThat(robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs()).extracting(t -> t.getText())
                .containsExactly("时间轴", "参数增长", "表格", "谱系");
        assertThat(text(robot, "#status-text")).contains("个模型中的");
        assertThat(robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class).getLanguage())
                .isEqualTo(Language.ZH);
        // (the growth tab was never selected, so its view is not in the scene graph yet)
        assertThat(growthTab.view().getLanguage()).isEqualTo(Language.ZH);

        chooseLanguage(robot, "视图(V)", "语言(L)", "English", "English");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(headers()).containsExactly("Model", "Date", "Developer", "# Parameters", "Open source");
        assertThat(text(robot, "#detail-parameters")).isEqualTo("175B");
        assertThat(robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class).getLanguage())
                .isEqualTo(Language.EN);
    }

    @Test
    void theOpenWeightsNoteOfTheDetailPaneFollowsTheLanguage(FxRobot robot) {
        robot.clickOn("OPT");
        assertThat(state.getSelectedModel().id()).isEqualTo("opt");
        assertThat(text(robot, "#detail-openWeights"))
                .isEqualTo("Yes · Only the 66B and smaller weights were downloadable at release; 175B on request.");

        chooseLanguage(robot, "View", "Language", "English", "中文");

        assertThat(text(robot, "#detail-openWeights"))
                .isEqualTo("是 · 发布时只能下载 660 亿及更小参数的权重；1750 亿参数的权重需申请。");
    }

    /**
     * View > Language > item with the mouse. The pointer goes along the submenu's first row
     * before going down, so that it never crosses the Theme item (which would close the
     * Language submenu under it).
     */
    private static void chooseLanguage(FxRobot robot, String view, String language, String first, String item) {
        robot.clickOn(view).clickOn(language);
        robot.moveTo(shown(robot, first));
        robot.clickOn(shown(robot, item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A menu item's label: the lookup by text also finds labels of menus not on screen. */
    private static Node shown(FxRobot robot, String text) {
        return robot.lookup(text).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    @Test
    void table141InChineseMatchesTheBookCellByCell(FxRobot robot) throws IOException {
        assertBookTable(robot, TablePreset.TABLE_14_1, "table-14-1.tsv");
    }

    @Test
    void table142InChineseMatchesTheBookCellByCell(FxRobot robot) throws IOException {
        assertBookTable(robot, TablePreset.TABLE_14_2, "table-14-2.tsv");
    }

    private void assertBookTable(FxRobot robot, TablePreset preset, String file) throws IOException {
        robot.interact(() -> {
            state.setLanguage(Language.ZH);
            window.tables().presetProperty().set(preset);
        });
        List<List<String>> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference", file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            expected.add(List.of(cells[6], cells[7], cells[8], cells[9], cells[10]));
        }
        assertThat(shownRows(robot)).isEqualTo(expected);
    }

    /** The text of every rendered cell, row by row, as the reader sees it. */
    private List<List<String>> shownRows(FxRobot robot) {
        List<List<String>> rows = new ArrayList<>();
        List<TableRow<?>> rowNodes = new ArrayList<>();
        for (Node n : robot.from(table()).lookup(".table-row-cell").queryAll()) {
            TableRow<?> r = (TableRow<?>) n;
            if (r.getItem() != null && r.isVisible()) {
                rowNodes.add(r);
            }
        }
        rowNodes.sort(java.util.Comparator.comparingInt(TableRow::getIndex));
        for (TableRow<?> r : rowNodes) {
            List<String> cells = new ArrayList<>();
            for (Node n : robot.from(r).lookup(".table-cell").queryAll()) {
                cells.add(((TableCell<?, ?>) n).getText());
            }
            rows.add(cells);
        }
        assertThat(rows).hasSize(table().getItems().size());
        return rows;
    }

    @Test
    void theProblemsDialogSpeaksChineseAtTheSamePlaces(FxRobot robot) {
        robot.interact(() -> state.setLanguage(Language.ZH));

        robot.interact(() -> window.openCatalog(TestCatalogs.brokenFile()));

        TextArea problems = (TextArea) window.problemsDialog().getDialogPane().lookup("#problems-text");
        assertThat(window.problemsDialog().getTitle()).isEqualTo("未打开目录");
        assertThat(window.problemsDialog().getHeaderText()).isEqualTo("该目录有 1 个问题：");
        assertThat(problems.getText()).containsPattern("models\\.json:\\d+:\\d+: ");
        assertThat(HAN.matcher(problems.getText()).find()).as(problems.getText()).isTrue();
    }

    @Test
    void theControlsUseTheFirstInstalledFontOfTheCjkStack(FxRobot robot) {
        Label title = robot.lookup("#table-title").queryAs(Label.class);

        assertThat(title.getFont().getFamily()).isEqualTo(FontStack.family());
        assertThat(FontStack.FAMILIES.subList(0, 5)).containsExactly("Noto Sans CJK SC", "Noto Sans SC",
                "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");
    }
}
