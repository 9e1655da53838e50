package org.genaitimeline.shell;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.state.AppState;

/**
 * The "Parameter growth" tab: the reusable {@link ParameterGrowthView} bound to the shared
 * state (filtered models, selection, language, theme), with a toolbar for the chart's
 * switches. The view itself knows nothing of {@link AppState}; this is where they meet.
 */
public final class GrowthTab extends BorderPane {

    private final ParameterGrowthView view = new ParameterGrowthView();
    /** Kept so that the selection link could be undone; the tab lives as long as the app. */
    private final Subscription selection;

    public GrowthTab(AppState state) {
        getStyleClass().add("growth-tab");
        view.setModels(state.models());
        view.catalogProperty().bind(state.catalogProperty());
        view.erasProperty().bind(state.catalogProperty().map(Catalog::eras));
        view.languageProperty().bind(state.languageProperty());
        view.paletteProperty().bind(state.figurePalette());
        selection = ViewSelection.bind(view.selectedModelProperty(), state);
        view.searchResultsProperty().bind(state.queryProperty().map(q -> q.text() != null && !q.text().isBlank()));

        setCenter(view);
        // Start-up: the toolbar (toggles with tooltips, whose popup and animation classes are
        // cold) is built when the tab first joins a scene, not before the app's first frame.
        // Everything a saved view, the export or presentation mode reads lives on the view.
        sceneProperty().subscribe(scene -> {
            if (scene != null && getTop() == null) {
                setTop(toolbar(state));
            }
        });
        // L toggles the scale from anywhere in the tab, not only when the canvas has focus.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown() && e.getTarget() != view) {
                view.setLogScale(!view.isLogScale());
                e.consume();
            }
        });
    }

    /** True once the toolbar exists, i.e. the tab has been in a scene (tests of the start-up). */
    public boolean isToolbarBuilt() {
        return getTop() != null;
    }

    private ToolBar toolbar(AppState state) {
        ToggleButton log = toggle(state, "growth.toolbar.log", "growth.toolbar.log.tip");
        log.selectedProperty().bindBidirectional(view.logScaleProperty());
        ToggleButton trends = toggle(state, "growth.toolbar.trends", "growth.toolbar.trends.tip");
        trends.selectedProperty().bindBidirectional(view.showTrendsProperty());
        ToggleButton perEra = toggle(state, "growth.toolbar.perEra", "growth.toolbar.perEra.tip");
        perEra.selectedProperty().bindBidirectional(view.trendPerEraProperty());
        perEra.disableProperty().bind(trends.selectedProperty().not());
        ToggleButton all = toggle(state, "growth.toolbar.allTypes", "growth.toolbar.allTypes.tip");
        all.selectedProperty().bindBidirectional(view.allFamiliesProperty());

        ToggleButton book = toggle(state, "growth.toolbar.bookFigureOnly", "growth.toolbar.bookFigureOnly.tip");
        book.setId("growth-book-figure-only");
        book.selectedProperty().bindBidirectional(view.bookFigureOnlyProperty());

        return new ToolBar(log, trends, perEra, all, book);
    }

    public ParameterGrowthView view() {
        return view;
    }

    static ToggleButton toggle(AppState state, String key, String tipKey) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(state.text(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.text(tipKey));
        b.setTooltip(tip);
        return b;
    }

    /** Keeps a view's selected model and the shared selection in step, both ways. */
    public static final class ViewSelection {
        private ViewSelection() {
        }

        /** Links the two both ways; unsubscribing the result undoes both links. */
        public static Subscription bind(javafx.beans.property.ObjectProperty<Model> viewSelection, AppState state) {
            viewSelection.set(state.getSelectedModel());
            Subscription toView = state.selectedModelProperty().subscribe(m -> {
                if (viewSelection.get() != m) {
                    viewSelection.set(m);
                }
            });
            Subscription toState = viewSelection.subscribe(m -> {
                if (state.getSelectedModel() != m) {
                    state.select(m == null ? null : m.id());
                }
            });
            return toView.and(toState);
        }
    }
}
