package org.genaitimeline.timeline;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FigureSkin;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;

/**
 * Paints an {@link OverviewStrip} (ticks and eras on the base, the window on the overlay, so
 * a pan repaints only the overlay) and turns presses, drags and the wheel into a new visible
 * range through {@link OverviewScale}.
 */
final class OverviewSkin extends FigureSkin<OverviewStrip> {

    /** The strip's thickness across the time axis. */
    static final double THICKNESS = 36;
    /** Wheel zoom: the span shrinks by this factor per wheel pixel (as on the timeline). */
    private static final double WHEEL_BASE = 1.0025;

    private final FxTextMeasure measure = new FxTextMeasure();
    private OverviewScale.Hit grabbed;
    private OverviewScale.Range pressedRange;
    private double pressedPx;

    OverviewSkin(OverviewStrip strip) {
        super(strip, THICKNESS, THICKNESS);
        getChildren().addAll(layers.base(), layers.overlay());
        relayoutOn(strip.orientationProperty(), strip.paletteProperty());
        relayoutOnContent(strip.modelsProperty());
        relayoutOnContent(strip.erasProperty());
        repaintOverlayOn(strip.visibleStartProperty(), strip.visibleEndProperty());
        Canvas c = layers.overlay();
        c.setOnMousePressed(this::pressed);
        c.setOnMouseDragged(this::dragged);
        c.setOnMouseReleased(this::released);
        c.setOnMouseMoved(this::moved);
        c.setOnScroll(this::scrolled);
        own(() -> {
            c.setOnMousePressed(null);
            c.setOnMouseDragged(null);
            c.setOnMouseReleased(null);
            c.setOnMouseMoved(null);
            c.setOnScroll(null);
        });
    }

    private boolean vertical() {
        return getSkinnable().getOrientation() == Orientation.VERTICAL;
    }

    private OverviewPainter.Frame frame() {
        Canvas c = layers.base();
        return vertical() ? new OverviewPainter.Frame(true, c.getHeight(), c.getWidth())
                : new OverviewPainter.Frame(false, c.getWidth(), c.getHeight());
    }

    private OverviewScale scale() {
        return getSkinnable().scale(frame().along());
    }

    private double along(MouseEvent e) {
        return vertical() ? e.getY() : e.getX();
    }

    @Override
    protected void paintBase(double w, double h) {
        OverviewStrip strip = getSkinnable();
        List<Model> models = strip.modelsProperty().get() == null ? List.of() : strip.modelsProperty().get();
        List<Era> eras = strip.erasProperty().get() == null ? List.of() : strip.erasProperty().get();
        OverviewPainter.paintBase(new CanvasSurface(layers.base(), measure), frame(), scale(), models, eras,
                strip.getPalette());
    }

    @Override
    protected void paintOverlay() {
        OverviewPainter.paintWindow(new CanvasSurface(layers.overlay(), measure), frame(),
                scale().window(getSkinnable().visibleRange()), getSkinnable().getPalette());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        OverviewScale scale = scale();
        OverviewStrip strip = getSkinnable();
        grabbed = scale.hit(strip.visibleRange(), along(e));
        strip.gestureMoving();
        if (grabbed == OverviewScale.Hit.OUTSIDE) {
            // Centre there, then the same press drags the window on.
            strip.setVisibleRange(scale.centreAt(strip.visibleRange(), along(e)));
            grabbed = OverviewScale.Hit.WINDOW;
        }
        pressedRange = strip.visibleRange();
        pressedPx = along(e);
    }

    private void dragged(MouseEvent e) {
        if (grabbed == null) {
            return;
        }
        OverviewScale scale = scale();
        getSkinnable().gestureMoving();
        getSkinnable().setVisibleRange(grabbed == OverviewScale.Hit.WINDOW
                ? scale.pan(pressedRange, along(e) - pressedPx)
                : scale.dragEdge(pressedRange, grabbed, along(e)));
    }

    private void released(MouseEvent e) {
        if (grabbed != null) {
            getSkinnable().gestureEnded();
        }
        grabbed = null;
    }

    private void moved(MouseEvent e) {
        OverviewScale.Hit hit = scale().hit(getSkinnable().visibleRange(), along(e));
        Cursor resize = vertical() ? Cursor.V_RESIZE : Cursor.H_RESIZE;
        layers.overlay().setCursor(switch (hit) {
            case START_EDGE, END_EDGE -> resize;
            case WINDOW -> Cursor.OPEN_HAND;
            case OUTSIDE -> Cursor.HAND;
        });
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double px = vertical() ? e.getY() : e.getX();
        getSkinnable().gestureMoving();
        getSkinnable().setVisibleRange(scale().zoom(getSkinnable().visibleRange(), Math.pow(WHEEL_BASE, e.getDeltaY()),
                px));
        e.consume();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return vertical() ? THICKNESS : 0;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return vertical() ? 0 : THICKNESS;
    }
}
