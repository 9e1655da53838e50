package org.genaitimeline.timeline;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.figure.Orientation;

/**
 * The timeline's input: wheel and pinch zoom around the pointer, drag and arrow keys pan,
 * Ctrl+= / Ctrl+- / Ctrl+0 zoom and fit, Shift+arrows walk the keyboard focus over models and
 * badges and Enter opens or selects what it is on ({@link TimelineFocus}); click selects a
 * model, opens a "+N" badge or zooms to an era, hover sets the hovered model or badge. Hit testing is arithmetic on the current layout.
 */
final class TimelineGestures {

    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 4;
    /** Wheel zoom: the span shrinks by this factor per wheel pixel. */
    private static final double WHEEL_BASE = 1.0025;
    /** Arrow keys pan by this share of the visible span. */
    private static final double KEY_PAN = 0.1;

    private final TimelineView view;
    private final Canvas canvas;
    private double pressX;
    private double pressY;
    private double lastTimePx;
    private boolean dragged;

    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragging = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<MouseEvent> moved = this::moved;
    private final EventHandler<MouseEvent> exited = this::exited;
    private final EventHandler<ScrollEvent> scrolled = this::scrolled;
    private final EventHandler<ZoomEvent> zoomed = this::zoomed;
    private final EventHandler<KeyEvent> keys = this::keyPressed;

    TimelineGestures(TimelineView view, Canvas canvas) {
        this.view = view;
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragging);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, exited);
        canvas.addEventHandler(ScrollEvent.SCROLL, scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragging);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, exited);
        canvas.removeEventHandler(ScrollEvent.SCROLL, scrolled);
        canvas.removeEventHandler(ZoomEvent.ZOOM, zoomed);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private TimelineLayout layout() {
        return view.currentLayout();
    }

    private boolean vertical() {
        return view.getOrientation() == Orientation.VERTICAL;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastTimePx = vertical() ? e.getY() : e.getX();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        TimelineLayout l = layout();
        if (l == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
            dragged = true;
        }
        if (dragged) {
            view.settle().moving();
            double px = vertical() ? e.getY() : e.getX();
            view.pan(-(px - lastTimePx) / l.axis().pixelsPerYear());
            lastTimePx = px;
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (dragged) {
            view.settle().settle();
        }
        TimelineLayout l = layout();
        if (dragged || l == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<TimelineLayout.Item> item = l.modelAt(e.getX(), e.getY());
        if (item.isPresent()) {
            view.setSelectedModel(view.catalogModel(item.get().model()));
            return;
        }
        Optional<TimelineLayout.Badge> cluster = l.badgeAt(e.getX(), e.getY());
        if (cluster.isPresent()) {
            view.openBadge(cluster.get());
            return;
        }
        l.eraAt(e.getX(), e.getY()).ifPresent(band -> {
            double from = PartialDate.fractionalYear(band.era().start().toEpochDay());
            double to = PartialDate.fractionalYear(
                    band.era().end().plusDays(1).toEpochDay());
            double[] r = RangeMath.around(from, to, (to - from) * 0.03);
            view.setVisibleRange(r[0], r[1]);
            view.eraPicked(band.era());
        });
    }

    private void moved(MouseEvent e) {
        TimelineLayout l = layout();
        if (l == null) {
            return;
        }
        TimelineLayout.Item hit = l.modelAt(e.getX(), e.getY()).orElse(null);
        view.hover(hit == null ? null : hit.model());
        TimelineLayout.Badge badge = hit == null ? l.badgeAt(e.getX(), e.getY()).orElse(null) : null;
        view.focus().hoverBadge(badge);
        boolean clickable = hit != null || badge != null || l.eraAt(e.getX(), e.getY()).isPresent();
        canvas.setCursor(clickable ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void exited(MouseEvent e) {
        view.hover(null);
        view.focus().hoverBadge(null);
    }

    private void scrolled(ScrollEvent e) {
        TimelineLayout l = layout();
        if (l == null || e.getDeltaY() == 0) {
            return;
        }
        view.settle().moving();
        view.zoom(Math.pow(WHEEL_BASE, e.getDeltaY()), l.timeAt(e.getX(), e.getY()));
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        TimelineLayout l = layout();
        if (l == null || e.getZoomFactor() <= 0) {
            return;
        }
        view.settle().moving();
        view.zoom(e.getZoomFactor(), l.timeAt(e.getX(), e.getY()));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double span = view.getVisibleEnd() - view.getVisibleStart();
        KeyCode k = e.getCode();
        if (e.isShortcutDown()) {
            if (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD) {
                view.zoomIn();
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                view.zoomOut();
            } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
                view.fitAll();
            } else {
                return;
            }
        } else if (e.isShiftDown() && (k == KeyCode.UP || k == KeyCode.LEFT)) {
            view.focus().walk(-1);
        } else if (e.isShiftDown() && (k == KeyCode.DOWN || k == KeyCode.RIGHT)) {
            view.focus().walk(+1);
        } else if (k == KeyCode.ENTER && view.focus().getFocused() != null) {
            view.focus().activate();
        } else if (k == KeyCode.UP || k == KeyCode.LEFT) {
            view.pan(-span * KEY_PAN);
        } else if (k == KeyCode.DOWN || k == KeyCode.RIGHT) {
            view.pan(span * KEY_PAN);
        } else {
            return;
        }
        e.consume();
    }
}
