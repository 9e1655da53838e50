package org.genaitimeline.growth;

import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.LayeredCanvas;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * Paints the view on two canvases ({@link LayeredCanvas}): the chart (recomputed and repainted
 * when the models, the options or the size change) and an overlay for selection and hover
 * (repainted alone when the mouse moves), each at most once per pulse.
 */
final class ParameterGrowthViewSkin extends SkinBase<ParameterGrowthView> {

    private final LayeredCanvas layers = new LayeredCanvas(() -> getSkinnable().requestLayout(), this::paintChart,
            this::paintOverlay);
    private final FxTextMeasure measure = new FxTextMeasure();
    private final Subscription subscriptions;
    private GrowthLayout layout;
    private final EventHandler<MouseEvent> onMove = this::onMove;
    private final EventHandler<MouseEvent> onExit = this::onExit;
    private final EventHandler<MouseEvent> onClick = this::onClick;
    private final EventHandler<KeyEvent> onKey = this::onKey;

    ParameterGrowthViewSkin(ParameterGrowthView view) {
        super(view);
        layers.overlay().setMouseTransparent(true);
        getChildren().addAll(layers.base(), layers.overlay());
        Runnable relayout = layers::markBaseDirty;
        Runnable repaintOverlay = layers::markOverlayDirty;
        // Change subscriptions (not invalidation ones): they keep firing whether or not the
        // painter happened to read the value since the last change.
        subscriptions = Subscription.combine(
                view.modelsProperty().subscribe(v -> relayout.run()),
                view.logScaleProperty().subscribe(v -> relayout.run()),
                view.allFamiliesProperty().subscribe(v -> relayout.run()),
                view.showTrendsProperty().subscribe(v -> relayout.run()),
                view.trendPerEraProperty().subscribe(v -> relayout.run()),
                view.erasProperty().subscribe(v -> relayout.run()),
                view.paletteProperty().subscribe(v -> relayout.run()),
                view.languageProperty().subscribe(v -> relayout.run()),
                view.revealUntilProperty().subscribe(v -> relayout.run()),
                view.catalogProperty().subscribe(v -> repaintOverlay.run()),
                view.selectedModelProperty().subscribe(v -> repaintOverlay.run()),
                view.hoveredModelProperty().subscribe(v -> repaintOverlay.run()));
        view.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        layers.layout(x, y, w, h);
    }

    private void paintChart(double w, double h) {
        ParameterGrowthView v = getSkinnable();
        if (w <= 0 || h <= 0) {
            layout = null;
            return;
        }
        Palette palette = palette();
        GrowthSpec options = new GrowthSpec(v.getOptions(), v.getEras() == null ? List.of() : v.getEras(),
                v.getLanguage() == null ? Language.EN : v.getLanguage(), palette.labelScale());
        List<org.genaitimeline.catalog.Model> models = v.getModels() == null ? List.of() : List.copyOf(v.getModels());
        java.time.LocalDate until = v.getRevealUntil();
        if (until != null) {
            models = models.stream().filter(m -> m.date().start().isBefore(until)).toList();
        }
        layout = GrowthLayout.of(models, options, w, h, measure);
        GrowthPainter.paint(new CanvasSurface(layers.base(), measure), layout, palette);
        // A hovered model that is filtered away has no card.
        if (v.getHoveredModel() != null && layout.pointOf(v.getHoveredModel()).isEmpty()) {
            v.hover(null);
        }
    }

    private void paintOverlay() {
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

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        ParameterGrowthView v = getSkinnable();
        v.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        v.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        v.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        v.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 1280;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 150;
    }
}
