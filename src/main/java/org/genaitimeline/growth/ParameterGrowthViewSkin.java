package org.genaitimeline.growth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.FigureSkin;
import org.genaitimeline.figure.LayeredCanvas;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * Paints the view on two canvases ({@link LayeredCanvas}): the chart (recomputed and repainted
 * when the models, the options or the size change) and an overlay for selection and hover
 * (repainted alone when the mouse moves), each at most once per pulse. On a dense chart a new
 * selection also relays out, so that the selected model gets its label.
 */
final class ParameterGrowthViewSkin extends FigureSkin<ParameterGrowthView> {

    private final FxTextMeasure measure = new FxTextMeasure();
    private GrowthLayout layout;

    ParameterGrowthViewSkin(ParameterGrowthView view) {
        super(view, 1280, 800);
        layers.overlay().setMouseTransparent(true);
        getChildren().addAll(layers.base(), layers.overlay());
        relayoutOn(view.modelsProperty(), view.logScaleProperty(), view.allFamiliesProperty(), view.bookFigureOnlyProperty(),
                view.showTrendsProperty(), view.trendPerEraProperty(), view.erasProperty(), view.paletteProperty(),
                view.languageProperty(), view.revealUntilProperty(), view.searchResultsProperty());
        repaintOverlayOn(view.catalogProperty(), view.selectedModelProperty(), view.hoveredModelProperty());
        // A dense chart labels the selected model among the few it labels: that is a new layout.
        own(view.selectedModelProperty().subscribe(now -> {
            if (layout != null && layout.dense()) {
                layers.markBaseDirty();
            }
        }));
        handle(MouseEvent.MOUSE_MOVED, this::onMove);
        handle(MouseEvent.MOUSE_EXITED, this::onExit);
        handle(MouseEvent.MOUSE_CLICKED, this::onClick);
        handle(KeyEvent.KEY_PRESSED, this::onKey);
    }

    @Override
    protected void paintBase(double w, double h) {
        ParameterGrowthView v = getSkinnable();
        if (w <= 0 || h <= 0) {
            layout = null;
            return;
        }
        Palette palette = palette();
        GrowthSpec options = new GrowthSpec(v.getOptions(), v.getEras() == null ? List.of() : v.getEras(),
                v.getLanguage() == null ? Language.EN : v.getLanguage(), palette.labelScale());
        List<org.genaitimeline.catalog.Model> models = v.getModels() == null ? List.of()
                : v.getModels().stream().filter(v::isRevealed).toList();
        Set<String> emphasised = emphasised(v, models);
        layout = GrowthLayout.of(models, options, w, h, measure, emphasised);
        GrowthPainter.paint(new CanvasSurface(layers.base(), measure), layout, palette);
        // A hovered model that is filtered away has no card.
        if (v.getHoveredModel() != null && layout.pointOf(v.getHoveredModel()).isEmpty()) {
            v.hover(null);
        }
    }

    /** The selected model, and every shown model when they are search results. */
    static Set<String> emphasised(ParameterGrowthView v, List<org.genaitimeline.catalog.Model> shown) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        if (v.getSelectedModel() != null) {
            ids.add(v.getSelectedModel().id());
        }
        if (v.isSearchResults()) {
            shown.forEach(m -> ids.add(m.id()));
        }
        return ids;
    }

    @Override
    protected void paintOverlay() {
        if (layout == null) {
            return;
        }
        ParameterGrowthView v = getSkinnable();
        CanvasSurface s = new CanvasSurface(layers.overlay(), measure);
        Catalog catalog = v.getCatalog() == null ? Catalog.empty() : v.getCatalog();
        if (v.getSelectedModel() != null) {
            GrowthPainter.paintSelection(s, layout, palette(), v.getSelectedModel(), catalog);
        }
        if (v.getHoveredModel() != null) {
            GrowthPainter.paintHover(s, layout, palette(), v.getHoveredModel());
        }
    }

    private Palette palette() {
        Palette p = getSkinnable().getPalette();
        return p == null ? Palette.of(Theme.LIGHT) : p;
    }

    private Optional<GrowthPoint> hit(MouseEvent e) {
        return layout == null ? Optional.empty() : layout.hit(e.getX(), e.getY());
    }

    private void onMove(MouseEvent e) {
        getSkinnable().hover(hit(e).map(GrowthPoint::model).orElse(null));
    }

    private void onExit(MouseEvent e) {
        getSkinnable().hover(null);
    }

    private void onClick(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.isStillSincePress()) {
            // A click on empty space clears the selection, as in the other views.
            getSkinnable().setSelectedModel(hit(e).map(GrowthPoint::model).orElse(null));
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown()) {
            getSkinnable().setLogScale(!getSkinnable().isLogScale());
            e.consume();
        }
    }

    /** For tests: the current layout (null before the first layout pass). */
    GrowthLayout layout() {
        return layout;
    }
}
