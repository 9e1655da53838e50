package org.genaitimeline.figure;

import javafx.scene.canvas.Canvas;

/**
 * The two stacked canvases of a chart skin: the base (the whole figure, repainted when the
 * data, the options or the size change) and a thin overlay (hover and selection, repainted
 * alone when the pointer moves). Changes only mark a layer dirty and request a layout pass;
 * the skin calls {@link #layout} from {@code layoutChildren}, so each layer paints at most
 * once per pulse. A repainted base always repaints the overlay, which is drawn over it.
 */
public final class LayeredCanvas {

    /** Paints the base canvas at its new size. */
    @FunctionalInterface
    public interface BasePainter {
        void paint(double width, double height);
    }

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Runnable requestLayout;
    private final BasePainter paintBase;
    private final Runnable paintOverlay;
    private boolean baseDirty = true;
    private boolean overlayDirty = true;

    /**
     * @param requestLayout asks the control for a layout pass (where {@link #layout} runs)
     * @param paintBase paints the base canvas
     * @param paintOverlay paints the overlay, already cleared
     */
    public LayeredCanvas(Runnable requestLayout, BasePainter paintBase, Runnable paintOverlay) {
        this.requestLayout = requestLayout;
        this.paintBase = paintBase;
        this.paintOverlay = paintOverlay;
    }

    public Canvas base() {
        return base;
    }

    public Canvas overlay() {
        return overlay;
    }

    /** The figure changed: both layers repaint in the next pulse. */
    public void markBaseDirty() {
        baseDirty = true;
        overlayDirty = true;
        requestLayout.run();
    }

    /** Only hover or selection changed: the overlay alone repaints in the next pulse. */
    public void markOverlayDirty() {
        overlayDirty = true;
        requestLayout.run();
    }

    /** Sizes and places both canvases, then repaints the layers that are dirty. */
    public void layout(double x, double y, double w, double h) {
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            baseDirty = true;
            overlayDirty = true;
        }
        base.relocate(x, y);
        overlay.relocate(x, y);
        if (baseDirty) {
            baseDirty = false;
            overlayDirty = true;
            paintBase.paint(w, h);
        }
        if (overlayDirty) {
            overlayDirty = false;
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            paintOverlay.run();
        }
    }
}
