package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.scene.control.SkinBase;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.LayeredCanvas;

/**
 * Paints a {@link TimelineView} on two canvases ({@link LayeredCanvas}): the base (everything
 * of the layout) and a thin overlay (hover, selection, lineage, hover card) so pointer moves
 * repaint only the overlay, each at most once per pulse. Input is handled by
 * {@link TimelineGestures}.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    private final TimelineToolbar toolbar;
    private final LayeredCanvas layers = new LayeredCanvas(() -> getSkinnable().requestLayout(), this::paintBase,
            this::paintOverlay);
    private final CachingTextMeasure measure = new CachingTextMeasure(new FxTextMeasure());
    private final TimelineGestures gestures;
    private final List<Observable> watched = new ArrayList<>();
    private final List<Observable> watchedOverlay = new ArrayList<>();
    private final InvalidationListener layoutDirtyListener = o -> layers.markBaseDirty();
    private final InvalidationListener overlayDirtyListener = o -> layers.markOverlayDirty();
    private final InvalidationListener listSwap = this::listSwapped;
    private ObservableList<?> lastModels;
    private ObservableList<?> lastEras;
    private ObservableList<?> lastHighlighted;

    TimelineSkin(TimelineView view) {
        super(view);
        toolbar = new TimelineToolbar(view);
        layers.base().getStyleClass().add("timeline-canvas");
        layers.overlay().getStyleClass().add("timeline-overlay");
        getChildren().addAll(toolbar, layers.base(), layers.overlay());
        watch(watched, layoutDirtyListener, view.hideFilteredProperty(), view.orientationProperty(),
                view.bookFigureOnlyProperty(), view.paletteProperty(), view.languageProperty(),
                view.visibleStartProperty(), view.visibleEndProperty(), view.revealUntilProperty(),
                view.toolbarVisibleProperty());
        watch(watchedOverlay, overlayDirtyListener, view.selectedModelProperty(), view.hoveredModelProperty(),
                view.showLineageProperty());
        watch(watched, listSwap, view.modelsProperty(), view.erasProperty(), view.highlightedProperty());
        lastModels = rebind(null, view.getModels());
        lastEras = rebind(null, view.getEras());
        lastHighlighted = rebind(null, view.getHighlighted());
        gestures = new TimelineGestures(view, layers.overlay());
    }

    private void watch(List<Observable> into, InvalidationListener l, Observable... observables) {
        for (Observable o : observables) {
            o.addListener(l);
            into.add(o);
        }
    }

    private void listSwapped(Observable o) {
        TimelineView v = getSkinnable();
        lastModels = rebind(lastModels, v.getModels());
        lastEras = rebind(lastEras, v.getEras());
        lastHighlighted = rebind(lastHighlighted, v.getHighlighted());
        layers.markBaseDirty();
    }

    /** Moves the content listener from a replaced list to its replacement. */
    private ObservableList<?> rebind(ObservableList<?> old, ObservableList<?> now) {
        if (old != now) {
            if (old != null) {
                old.removeListener(layoutDirtyListener);
            }
            if (now != null) {
                now.addListener(layoutDirtyListener);
            }
        }
        return now;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        toolbar.setVisible(getSkinnable().isToolbarVisible());
        double th = toolbar.isVisible() ? snapSizeY(toolbar.prefHeight(w)) : 0;
        toolbar.resizeRelocate(x, y, w, th);
        layers.layout(x, y + th, Math.max(1, snapSizeX(w)), Math.max(1, snapSizeY(h - th)));
    }

    private void paintBase(double w, double h) {
        TimelineLayout layout = TimelineLayout.compute(spec(w, h));
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
                v.getVisibleEnd(), v.getLanguage(), v.getPalette().labelScale(), measure);
    }

    private void paintOverlay() {
        TimelineView v = getSkinnable();
        TimelineLayout layout = v.currentLayout();
        if (layout != null) {
            OverlayPainter.paint(new CanvasSurface(layers.overlay(), measure), layout, v.getPalette(), v.getSelectedModel(),
                    v.getHoveredModel(), v.isShowLineage(), v.getLanguage());
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 700;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 150;
    }

    @Override
    public void dispose() {
        TimelineView v = getSkinnable();
        if (v == null) {
            return;
        }
        watched.forEach(o -> {
            o.removeListener(layoutDirtyListener);
            o.removeListener(listSwap);
        });
        watchedOverlay.forEach(o -> o.removeListener(overlayDirtyListener));
        for (ObservableList<?> l : new ObservableList<?>[] {lastModels, lastEras, lastHighlighted}) {
            if (l != null) {
                l.removeListener(layoutDirtyListener);
            }
        }
        gestures.dispose();
        toolbar.dispose();
        super.dispose();
    }
}
