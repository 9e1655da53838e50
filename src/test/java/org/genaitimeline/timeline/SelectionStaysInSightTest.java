package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click selects a model and the detail pane opens beside the timeline: the canvas narrows, and
 * the model, labelled a moment ago, may fold into a "+N" badge. It must come back out (the view
 * zooms), as it does for a model selected while in a badge. Found with the Epoch sample: clicking
 * Perceiver IO left it in a "+4".
 */
@ExtendWith(ApplicationExtension.class)
class SelectionStaysInSightTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = TimelineViews.of(CATALOG);
        view.fitAll();
        TimelineViews.plainStage(stage);
        // The view is resized inside a fixed window, as the detail pane narrows it in the app: the
        // stage, shared by every TestFX class, keeps its size for the next one.
        javafx.scene.layout.Pane holder = new javafx.scene.layout.Pane(view);
        view.setManaged(false);
        view.resizeRelocate(0, 0, 900, 600);
        stage.setScene(new Scene(holder, 900, 600));
        stage.sizeToScene();
        stage.show();
    }

    private TimelineLayout resize(FxRobot robot, double w, double h) {
        robot.interact(() -> view.resizeRelocate(0, 0, w, h));
        WaitForAsyncUtils.waitForFxEvents();
        return view.currentLayout();
    }

    /** A model labelled in the wide layout and in a badge in the narrow one. */
    private static Optional<Model> foldedByNarrowing(TimelineLayout wide, TimelineLayout narrow) {
        return CATALOG.models().stream().filter(m -> wide.item(m.id()).filter(it -> it.label() != null).isPresent()
                && narrow.item(m.id()).filter(it -> it.badge() >= 0).isPresent()).findFirst();
    }

    @Test
    void aSelectionFoldedByANarrowerCanvasComesBackOut(FxRobot robot) throws Exception {
        TimelineLayout wide = resize(robot, 900, 600);
        TimelineLayout narrow = resize(robot, 560, 420);
        Model model = foldedByNarrowing(wide, narrow).orElseThrow();
        resize(robot, 900, 600);
        assertThat(view.currentLayout().item(model.id()).orElseThrow().label()).isNotNull();
        double spanBefore = view.getVisibleEnd() - view.getVisibleStart();

        robot.interact(() -> view.setSelectedModel(model));
        resize(robot, 560, 420);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> view.currentLayout().item(model.id()).filter(it -> it.label() != null).isPresent());
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(spanBefore);
    }

    @Test
    void theReadersOwnZoomOutIsLeftAlone(FxRobot robot) {
        TimelineLayout wide = resize(robot, 900, 600);
        TimelineLayout narrow = resize(robot, 560, 420);
        Model model = foldedByNarrowing(wide, narrow).orElseThrow();
        robot.interact(() -> view.setSelectedModel(model));
        WaitForAsyncUtils.waitForFxEvents();
        // Its zoom brought it out; the reader then asks for the whole range again.
        robot.interact(view::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double span = view.getVisibleEnd() - view.getVisibleStart();
        assertThat(view.currentLayout().item(model.id()).orElseThrow().badge()).isNotNegative();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isEqualTo(span);
    }
}
