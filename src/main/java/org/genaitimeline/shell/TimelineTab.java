package org.genaitimeline.shell;

import javafx.collections.FXCollections;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.state.AppState;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.timeline.OverviewStrip;
import org.genaitimeline.timeline.TimelineView;

/**
 * The "Timeline" tab: the reusable {@link TimelineView} bound to the shared state. The
 * timeline always draws the whole catalog so a student keeps the context; the models that
 * pass the filters are its highlighted set (the others are dimmed, or hidden by its toggle).
 * An {@link OverviewStrip} runs along its time axis: under a horizontal timeline, on the
 * right of a vertical one (ADR 9).
 */
public final class TimelineTab extends BorderPane {

    private final TimelineView view = new TimelineView();
    private final OverviewStrip overview = new OverviewStrip();
    /** Kept so that the selection link could be undone; the tab lives as long as the app. */
    private final Subscription selection;

    public TimelineTab(AppState state) {
        getStyleClass().add("timeline-tab");
        view.modelsProperty().bind(state.catalogProperty().map(c -> FXCollections.observableList(c.models())));
        view.erasProperty().bind(state.catalogProperty().map((Catalog c) -> FXCollections.observableList(c.eras())));
        view.setHighlighted(state.models());
        view.languageProperty().bind(state.languageProperty());
        view.paletteProperty().bind(state.figurePalette());
        selection = GrowthTab.ViewSelection.bind(view.selectedModelProperty(), state);
        // A clicked era band zooms to the era and shows its summary in the detail pane.
        view.setOnEraPicked(era -> state.showEra(era.id()));
        // A search shows a match even where it sits folded into a "+N" badge.
        state.models().subscribe(() -> {
            if (!state.getQuery().text().isBlank()) {
                view.bringAnyIntoSight(state.models());
            }
        });
        setCenter(view);
        overview.setId("timeline-overview");
        overview.follow(view);
        view.orientationProperty().subscribe(o -> {
            // Out of its old place first: a BorderPane clearing a place drops the node from its children.
            setBottom(null);
            setRight(null);
            if (o == Orientation.VERTICAL) {
                setRight(overview);
            } else {
                setBottom(overview);
            }
        });
    }

    public TimelineView view() {
        return view;
    }

    public OverviewStrip overview() {
        return overview;
    }
}
