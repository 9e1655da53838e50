package org.genaitimeline.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FigureSkin;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.LayeredCanvas;

/**
 * Paints a {@link TimelineView} on two canvases ({@link LayeredCanvas}): the base (everything
 * of the layout) and a thin overlay (hover, selection, lineage, hover card) so pointer moves
 * repaint only the overlay, each at most once per pulse. Input is handled by
 * {@link TimelineGestures}.
 */
final class TimelineSkin extends FigureSkin<TimelineView> {

    private final TimelineToolbar toolbar;
    private final CachingTextMeasure measure = new CachingTextMeasure(new FxTextMeasure());

    TimelineSkin(TimelineView view) {
        super(view, 900, 700);
        toolbar = new TimelineToolbar(view);
        layers.base().getStyleClass().add("timeline-canvas");
        layers.overlay().getStyleClass().add("timeline-overlay");
        getChildren().addAll(toolbar, layers.base(), layers.overlay());
        relayoutOn(view.hideFilteredProperty(), view.orientationProperty(), view.bookFigureOnlyProperty(),
                view.paletteProperty(), view.languageProperty(), view.visibleStartProperty(),
                view.visibleEndProperty(), view.revealUntilProperty(), view.toolbarVisibleProperty());
        repaintOverlayOn(view.selectedModelProperty(), view.hoveredModelProperty(), view.showLineageProperty(),
                view.focus().focusedProperty(), view.focus().hoveredBadgeProperty(), view.focusedProperty());
        relayoutOnContent(view.modelsProperty());
        relayoutOnContent(view.erasProperty());
        relayoutOnContent(view.highlightedProperty());
        TimelineGestures gestures = new TimelineGestures(view, layers.overlay());
        own(gestures::dispose);
        own(toolbar::dispose);
        view.settle().onSettled(layers::markBaseDirty);
        own(() -> view.settle().onSettled(() -> { }));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        toolbar.setVisible(getSkinnable().isToolbarVisible());
        double th = toolbar.isVisible() ? snapSizeY(toolbar.prefHeight(w)) : 0;
        toolbar.resizeRelocate(x, y, w, th);
        layers.layout(x, y + th, Math.max(1, snapSizeX(w)), Math.max(1, snapSizeY(h - th)));
    }

    @Override
    protected void paintBase(double w, double h) {
        TimelineLayout layout = getSkinnable().settle().layoutFor(spec(w, h));
        getSkinnable().setCurrentLayout(layout);
        layers.base().getGraphicsContext2D().clearRect(0, 0, w, h);
        TimelinePainter.paint(new CanvasSurface(layers.base(), measure), layout, getSkinnable().getPalette());
    }

    private TimelineSpec spec(double w, double h) {
        TimelineView v = getSkinnable();
        List<Model> shown = v.shownModels();
        Set<String> pass = v.highlightedIds();
        Set<String> dimmed = new HashSet<>();
        if (pass != null && !v.isHideFiltered()) {
            for (Model m : shown) {
                if (!pass.contains(m.id())) {
                    dimmed.add(m.id());
                }
            }
        }
        List<org.genaitimeline.catalog.Era> eras = v.getEras() == null ? List.of() : v.getEras();
        return new TimelineSpec(shown, dimmed, eras, v.getOrientation(), w, h, v.getVisibleStart(),
                v.getVisibleEnd(), v.getLanguage(), v.getPalette().labelScale(), measure, true,
                v.getPalette().markerScale());
    }

    @Override
    protected void paintOverlay() {
        TimelineView v = getSkinnable();
        TimelineLayout layout = v.currentLayout();
        if (layout != null) {
            CanvasSurface surface = new CanvasSurface(layers.overlay(), measure);
            OverlayPainter.paint(surface, layout, v.getPalette(), v.getSelectedModel(), v.getHoveredModel(),
                    v.isShowLineage(), v.getLanguage());
            FocusPainter.paint(surface, layout, v.getPalette(),
                    v.focus().getFocused(), v.isFocused(), v.focus().hoveredBadgeProperty().get(), v.getLanguage());
        }
    }
}
