package org.genaitimeline.shell;

import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.genaitimeline.lineage.LineageView;
import org.genaitimeline.state.AppState;

/**
 * The "Lineage" tab: the reusable {@link LineageView} bound to the shared state. Its centre is
 * the shared selection, so a click on a node selects that model everywhere (the detail pane
 * follows) and the graph re-centres on it; the whole catalog's links are drawn, whatever the
 * filters, since a family tree with holes would mislead.
 */
public final class LineageTab extends BorderPane {

    /**
     * Set {@code -Dgenai.reducedMotion=true} to have the nodes jump to their new places instead
     * of gliding (JavaFX 21 cannot read the system's own reduced-motion setting).
     */
    public static final String REDUCED_MOTION = "genai.reducedMotion";

    private final LineageView view = new LineageView();
    /** Kept so that the selection link could be undone; the tab lives as long as the app. */
    private final Subscription selection;

    public LineageTab(AppState state) {
        getStyleClass().add("lineage-tab");
        view.setId("lineage-view");
        view.catalogProperty().bind(state.catalogProperty());
        view.languageProperty().bind(state.languageProperty());
        view.paletteProperty().bind(state.figurePalette());
        view.setAnimated(!Boolean.getBoolean(REDUCED_MOTION));
        selection = GrowthTab.ViewSelection.bind(view.selectedModelProperty(), state);
        setCenter(view);
    }

    public LineageView view() {
        return view;
    }
}
