package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.lineage.LineagePlot;
import org.genaitimeline.lineage.LineageView;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.LineageTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.Prompts;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lineage tab in the window: Ctrl+4, the shared selection, the detail pane, saved views, presentation. */
@ExtendWith(ApplicationExtension.class)
class LineageTabTest {

    private AppState state;
    private MainWindow window;
    private LineageTab lineageTab;
    private Lecture lecture;

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        TimelineTab timelineTab = new TimelineTab(state);
        GrowthTab growthTab = new GrowthTab(state);
        lineageTab = new LineageTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(url -> { }),
                new CatalogLoader(), timelineTab, growthTab, lineageTab);
        lecture = new Lecture(state, window, timelineTab, growthTab, lineageTab, FileChooserService.system(),
                Prompts.alerts(state), FigureRenderers.all(), org.genaitimeline.lecture.ExportWork.background());
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        window.openBundled(() -> { });
        state.showView(AppState.View.TIMELINE);
    }

    private LineageView view() {
        return lineageTab.view();
    }

    private Model model(String id) {
        return state.getCatalog().model(id).orElseThrow();
    }

    private Set<String> shown() {
        WaitForAsyncUtils.waitForFxEvents();
        return view().getCurrentPlot().nodes().stream().map(LineagePlot.Node::id).collect(Collectors.toSet());
    }

    private void ctrl4(FxRobot robot) {
        robot.interact(window::focusCentre);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl4OpensTheLineageTabOnTheModelSelectedElsewhere(FxRobot robot) {
        robot.interact(() -> state.select("stable-diffusion"));
        assertThat(view().getSkin()).as("built when first shown").isNull();

        ctrl4(robot);

        assertThat(state.getCurrentView()).isEqualTo(AppState.View.LINEAGE);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertThat(selected.getText()).isEqualTo("Lineage");
        assertThat(selected.getContent()).isSameAs(lineageTab);
        assertThat(shown()).contains("stable-diffusion", "latent-diffusion", "clip", "controlnet");
        assertThat(view().getCurrentPlot().centre()).contains("stable-diffusion");
    }

    @Test
    void clickingANodeSelectsItEverywhereAndTheDetailPaneFollows(FxRobot robot) {
        robot.interact(() -> state.select("chatgpt"));
        ctrl4(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D gpt35 = view().localToScreen(view().nodeLocation("gpt-3-5").orElseThrow());

        robot.clickOn(gpt35);

        assertThat(state.getSelectedModel()).isEqualTo(model("gpt-3-5"));
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo(model("gpt-3-5").name());
        assertThat(view().getCurrentPlot().centre()).contains("gpt-3-5");
    }

    @Test
    void aSavedViewBringsBackTheTabAndTheLineageOptions(FxRobot robot) {
        LineageOptions o = new LineageOptions(1, LineageOptions.Direction.DESCENDANTS,
                java.util.Optional.of("chatgpt"));
        robot.interact(() -> {
            state.select("transformer");
            state.showView(AppState.View.LINEAGE);
            view().setOptions(o);
        });
        ViewBridge bridge = new ViewBridge(state, new org.genaitimeline.timeline.TimelineView(),
                new org.genaitimeline.growth.ParameterGrowthView(), window.tables(), view());
        SavedView saved = bridge.capture();
        assertThat(saved.tab()).isEqualTo(SavedView.Tab.LINEAGE);
        assertThat(saved.lineage()).isEqualTo(o);

        robot.interact(() -> {
            view().setOptions(LineageOptions.DEFAULT);
            state.showView(AppState.View.TIMELINE);
            bridge.apply(saved);
        });

        assertThat(state.getCurrentView()).isEqualTo(AppState.View.LINEAGE);
        assertThat(view().getOptions()).isEqualTo(o);
        assertThat(shown()).as("one step down from the Transformer, and the route to ChatGPT")
                .contains("transformer", "bert", "gpt", "gpt-3-5", "chatgpt").doesNotContain("attention");
    }

    @Test
    void presentationModeShowsTheTreeWithoutItsToolbarAndGivesItBack(FxRobot robot) {
        robot.interact(() -> state.select("gpt-3"));
        ctrl4(robot);
        assertThat(robot.lookup("#lineage-depth-2").tryQuery()).isPresent();

        robot.interact(() -> lecture.presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().getScene()).isNotNull();
        assertThat(view().isToolbarVisible()).isFalse();
        assertThat(view().getRevealUntil()).as("the eras are revealed one by one").isNotNull();
        assertThat(shown()).contains("gpt-3");

        robot.interact(() -> lecture.presentation().exit());
        assertThat(view().isToolbarVisible()).isTrue();
        assertThat(view().getRevealUntil()).isNull();
        assertThat(view().getParent()).isSameAs(lineageTab);
        assertThat(state.getCurrentView()).isEqualTo(AppState.View.LINEAGE);
    }
}
