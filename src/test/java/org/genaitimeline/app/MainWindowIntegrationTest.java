package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.prefs.PreferenceStore;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.timeline.TimelineLayout;
import org.genaitimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The views together, wired as {@link GenAiTimelineApp} wires them (real Timeline and Growth
 * tabs, the bundled catalog, a same-thread loader): a selection or a filter made in one view
 * shows in the others.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowIntegrationTest {

    private AppState state;
    private MainWindow window;
    private TimelineTab timelineTab;
    private GrowthTab growthTab;

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        timelineTab = new TimelineTab(state);
        growthTab = new GrowthTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(url -> { }),
                new CatalogLoader(), timelineTab, growthTab);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        window.openBundled(() -> { });
        state.showView(AppState.View.TIMELINE);
    }

    private TimelineView timeline() {
        return timelineTab.view();
    }

    private ParameterGrowthView growth() {
        return growthTab.view();
    }

    private Model model(String id) {
        return state.getCatalog().model(id).orElseThrow();
    }

    private TimelineLayout timelineLayout() {
        WaitForAsyncUtils.waitForFxEvents();
        return timeline().currentLayout();
    }

    private Point2D circleOnScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = timeline().circleLocation(id).orElseThrow();
        return timeline().localToScreen(local);
    }

    private Point2D growthPointOnScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return growth().localToScreen(growth().pointLocation(model(id)).orElseThrow());
    }

    private String detailName(FxRobot robot) {
        return robot.lookup("#detail-name").queryAs(Label.class).getText();
    }

    private double span() {
        WaitForAsyncUtils.waitForFxEvents();
        return timeline().getVisibleEnd() - timeline().getVisibleStart();
    }

    private CheckBox eraBox(FxRobot robot, String name) {
        return robot.lookup("#facet-eras .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> name.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void clickingAnErasBandShowsItsSummaryInTheDetailPane(FxRobot robot) {
        robot.clickOn(circleOnScreen("gpt-3"));
        TimelineLayout.EraBand band = timelineLayout().eraBands().stream()
                .filter(e -> e.era().id().equals("transformer") && e.label() != null).findFirst().orElseThrow();
        javafx.scene.Node canvas = timeline().lookup(".timeline-overlay");
        robot.clickOn(canvas.localToScreen(band.label().centerX(), band.label().centerY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getShownEra().id()).isEqualTo("transformer");
        assertThat(state.getSelectedModel()).isNull();
        assertThat(robot.lookup("#detail-era-card").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detail-era-name").queryAs(Label.class).getText())
                .isEqualTo("2018–2019: The Transformer era");
    }

    @Test
    void clickingACircleInTheTimelineSelectsTheModelAndFillsTheDetailPane(FxRobot robot) {
        robot.clickOn(circleOnScreen("gpt-3"));

        assertThat(state.getSelectedModel()).isEqualTo(model("gpt-3"));
        assertThat(detailName(robot)).isEqualTo("GPT-3");
        assertThat(robot.lookup("#detail-parameters").queryAs(Label.class).getText()).isEqualTo("175B");
    }

    @Test
    void aSelectionInTheTableMovesTheTimelineToIt(FxRobot robot) {
        robot.interact(() -> timeline().setVisibleRange(2022, 2023));
        double gan = TimelineLayout.timeOf(model("gan"));
        assertThat(gan).isLessThan(timeline().getVisibleStart());

        robot.interact(() -> {
            state.showView(AppState.View.TABLES);
            window.tables().presetProperty().set(TablePreset.ALL);
        });
        TableView<Model> table = window.tables().currentTable();
        robot.interact(() -> table.scrollTo(model("gan")));
        robot.clickOn(robot.from(table).lookup(".table-cell").match(
                (javafx.scene.control.Labeled l) -> "GAN".equals(l.getText())).queryAs(javafx.scene.Node.class));

        assertThat(state.getSelectedModel()).isEqualTo(model("gan"));
        assertThat(timeline().getVisibleStart()).isLessThan(gan);
        assertThat(timeline().getVisibleEnd()).isGreaterThan(gan);
        robot.interact(() -> state.showView(AppState.View.TIMELINE));
        assertThat(timelineLayout().axis().contains(gan)).isTrue();
        assertThat(timeline().circleLocation("gan")).isPresent();
    }

    @Test
    void uncheckingAnEraDimsItsModelsInTheTimelineAndHideFilteredRemovesThem(FxRobot robot) {
        assertThat(timelineLayout().item("gpt-3").orElseThrow().dimmed()).isFalse();

        robot.clickOn(eraBox(robot, "2020–2022: The era of big models"));

        assertThat(timelineLayout().item("gpt-3").orElseThrow().dimmed()).isTrue();
        assertThat(timelineLayout().item("gpt-2").orElseThrow().dimmed()).isFalse();

        robot.clickOn("#timeline-hide-filtered");

        assertThat(timelineLayout().item("gpt-3")).isEmpty();
        assertThat(timelineLayout().items()).noneMatch(i -> i.model().era().equals("big-models"));
        assertThat(timelineLayout().item("gpt-2")).isPresent();
    }

    @Test
    void ctrlEqualsOnTheTimelineZoomsIn(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        double before = span();

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);

        assertThat(span()).isLessThan(before);
    }

    @Test
    void clickingAGrowthPointSelectsTheModelAndFillsTheDetailPane(FxRobot robot) {
        robot.interact(() -> state.showView(AppState.View.GROWTH));

        robot.clickOn(growthPointOnScreen("palm"));

        assertThat(state.getSelectedModel()).isEqualTo(model("palm"));
        assertThat(detailName(robot)).isEqualTo("PaLM");
        assertThat(timeline().getSelectedModel()).isEqualTo(model("palm"));
    }

    @Test
    void theLKeyOnTheGrowthTabTogglesTheScale(FxRobot robot) {
        robot.interact(() -> state.showView(AppState.View.GROWTH));
        assertThat(growth().isLogScale()).isTrue();
        robot.interact(() -> growth().requestFocus());

        robot.type(KeyCode.L);

        assertThat(growth().isLogScale()).isFalse();
        robot.type(KeyCode.L);
        assertThat(growth().isLogScale()).isTrue();
    }

    @Test
    void filteringRemovesGrowthPoints(FxRobot robot) {
        robot.interact(() -> state.showView(AppState.View.GROWTH));
        WaitForAsyncUtils.waitForFxEvents();
        int before = growth().currentLayout().points().size();
        assertThat(growth().pointLocation(model("palm"))).isPresent();

        robot.clickOn("#filter-search").write("gpt");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(growth().pointLocation(model("palm"))).isEmpty();
        assertThat(growth().pointLocation(model("gpt-3"))).isPresent();
        List<Model> plotted = growth().currentLayout().points().stream().map(p -> p.point().model()).toList();
        assertThat(plotted).hasSizeLessThan(before).isSubsetOf(state.models());
    }

    @Test
    void theTimelineToolbarAndZoomSurviveARestartThroughThePreferences(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-orientation").clickOn("#timeline-book-only").clickOn("#timeline-hide-filtered");
        double fitted = timeline().getVisibleEnd() - timeline().getVisibleStart();
        robot.clickOn("#timeline-zoom-in");
        double start = timeline().getVisibleStart();
        double end = timeline().getVisibleEnd();
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("/org/genaitimeline/test/integration-" + System.nanoTime());
        try {
            robot.interact(() -> new PreferenceStore(node).setSession(SavedView.initial(Language.EN)
                    .withTimeline(timelineTab.view().getOptions())));

            TimelineView restarted = org.genaitimeline.testing.FxTestBase.callFx(() -> {
                TimelineTab tab = new TimelineTab(state);
                tab.view().setOptions(new PreferenceStore(node).session(Language.EN).timeline());
                return tab.view();
            });

            assertThat(restarted.getOrientation()).isEqualTo(org.genaitimeline.figure.Orientation.HORIZONTAL);
            assertThat(restarted.isBookFigureOnly()).isTrue();
            assertThat(restarted.isShowLineage()).isTrue();
            assertThat(restarted.isHideFiltered()).isTrue();
            assertThat(restarted.getVisibleStart()).isCloseTo(start, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(restarted.getVisibleEnd()).isCloseTo(end, org.assertj.core.api.Assertions.within(1e-9));
            // zoomed in from the range the timeline opened on (the models' own, no longer a fixed default)
            assertThat(end - start).isLessThan(fitted);
        } finally {
            node.removeNode();
        }
    }

    /** What the app does at quit and at the next start: the session through a ViewBridge and the preferences. */
    @Test
    void theGrowthChartsSwitchesSurviveARestartThroughThePreferences(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.showView(AppState.View.GROWTH);
            growth().setLogScale(false);
            growth().setShowTrends(true);
            growth().setTrendPerEra(true);
            growth().setAllFamilies(true);
        });
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("/org/genaitimeline/test/integration-growth-" + System.nanoTime());
        try {
            robot.interact(() -> new PreferenceStore(node).setSession(
                    new ViewBridge(state, timeline(), growth(), window.tables()).capture()));

            ParameterGrowthView restarted = org.genaitimeline.testing.FxTestBase.callFx(() -> {
                GrowthTab tab = new GrowthTab(state);
                new ViewBridge(state, new TimelineView(), tab.view(), null)
                        .apply(new PreferenceStore(node).session(Language.EN));
                return tab.view();
            });

            assertThat(restarted.isLogScale()).isFalse();
            assertThat(restarted.isShowTrends()).isTrue();
            assertThat(restarted.isTrendPerEra()).isTrue();
            assertThat(restarted.isAllFamilies()).isTrue();
            assertThat(restarted.getOptions()).isEqualTo(new org.genaitimeline.figure.GrowthOptions(false, true, true,
                    true));
        } finally {
            node.removeNode();
        }
    }
}
