package org.genaitimeline.shell;

import javafx.collections.FXCollections;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.prefs.PreferenceStore;
import org.genaitimeline.state.AppState;
import org.genaitimeline.timeline.Orientation;
import org.genaitimeline.timeline.TimelineView;

/**
 * The "Timeline" tab: the reusable {@link TimelineView} bound to the shared state. The
 * timeline always draws the whole catalog so a student keeps the context; the models that
 * pass the filters are its highlighted set (the others are dimmed, or hidden by its toggle).
 */
public final class TimelineTab extends BorderPane {

    private final TimelineView view = new TimelineView();
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
        setCenter(view);
    }

    public TimelineView view() {
        return view;
    }

    /** Puts back the toolbar switches and the zoom a reader left (PreferenceStore). */
    public void restore(PreferenceStore.TimelineSettings s) {
        view.setOrientation(s.horizontal() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        view.setBookFigureOnly(s.bookFigureOnly());
        view.setShowLineage(s.lineage());
        view.setHideFiltered(s.hideFiltered());
        view.setVisibleRange(s.start(), s.end());
    }

    /** The toolbar switches and the zoom, to remember. */
    public PreferenceStore.TimelineSettings settings() {
        return new PreferenceStore.TimelineSettings(view.getOrientation() == Orientation.HORIZONTAL,
                view.isBookFigureOnly(), view.isShowLineage(), view.isHideFiltered(), view.getVisibleStart(),
                view.getVisibleEnd());
    }
}
