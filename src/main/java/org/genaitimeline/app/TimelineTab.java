package org.genaitimeline.app;

import javafx.collections.FXCollections;
import javafx.scene.layout.BorderPane;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.state.AppState;
import org.genaitimeline.timeline.TimelineView;

/**
 * The "Timeline" tab: the reusable {@link TimelineView} bound to the shared state. The
 * timeline always draws the whole catalog so a student keeps the context; the models that
 * pass the filters are its highlighted set (the others are dimmed, or hidden by its toggle).
 */
final class TimelineTab extends BorderPane {

    private final TimelineView view = new TimelineView();

    TimelineTab(AppState state) {
        getStyleClass().add("timeline-tab");
        view.modelsProperty().bind(state.catalogProperty().map(c -> FXCollections.observableList(c.models())));
        view.erasProperty().bind(state.catalogProperty().map((Catalog c) -> FXCollections.observableList(c.eras())));
        view.setHighlighted(state.models());
        view.languageProperty().bind(state.languageProperty());
        view.paletteProperty().bind(state.figurePalette());
        GrowthTab.ViewSelection.bind(view.selectedModelProperty(), state);
        setCenter(view);
    }

    TimelineView view() {
        return view;
    }
}
