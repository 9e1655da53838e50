package org.genaitimeline.timeline;

import javafx.collections.FXCollections;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;

/** The TestFX setups the timeline view tests share. */
final class TimelineViews {

    private TimelineViews() {
    }

    /** A timeline view over a catalog's models and eras, at the view's default range. */
    static TimelineView of(Catalog catalog) {
        TimelineView view = new TimelineView();
        view.setModels(FXCollections.observableArrayList(catalog.models()));
        view.setEras(FXCollections.observableArrayList(catalog.eras()));
        return view;
    }

    /**
     * TestFX hands every test class the same primary stage: a window test before this one may
     * have left it full screen, maximized or with a minimum size, and a larger canvas than the
     * test asks for changes what its layout holds.
     */
    static void plainStage(Stage stage) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
    }
}
