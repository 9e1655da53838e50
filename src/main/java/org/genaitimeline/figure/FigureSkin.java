package org.genaitimeline.figure;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.control.SkinBase;
import javafx.util.Subscription;

/**
 * What the skins of both canvas figures share: the {@link LayeredCanvas} (base and overlay,
 * each painted at most once per pulse), the sizes, and one way of cleaning up. Everything a
 * skin listens to or attaches goes through {@link #relayoutOn}, {@link #repaintOverlayOn},
 * {@link #relayoutOnContent}, {@link #handle} or {@link #own}, so {@link #dispose} cancels it
 * all and a replaced skin leaves no listener behind.
 *
 * @param <C> the figure control
 */
public abstract class FigureSkin<C extends FigureControl> extends SkinBase<C> {

    private static final double MIN_WIDTH = 200;
    private static final double MIN_HEIGHT = 150;

    /** The figure's two canvases; the subclass adds them to its children where it wants them. */
    protected final LayeredCanvas layers = new LayeredCanvas(() -> getSkinnable().requestLayout(), this::paintBase,
            this::paintOverlay);
    private final double prefWidth;
    private final double prefHeight;
    private Subscription subscriptions = Subscription.EMPTY;

    protected FigureSkin(C control, double prefWidth, double prefHeight) {
        super(control);
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
    }

    /** Paints the whole figure on the base canvas, at its new size. */
    protected abstract void paintBase(double width, double height);

    /** Paints hover and selection on the overlay, already cleared. */
    protected abstract void paintOverlay();

    /** Keeps a subscription until the skin goes. */
    protected final void own(Subscription s) {
        subscriptions = subscriptions.and(s);
    }

    /**
     * Relays out and repaints the figure when any value changes. Change subscriptions (not
     * invalidation ones): they keep firing whether or not the painter happened to read the
     * value since the last change.
     */
    protected final void relayoutOn(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            own(v.subscribe(now -> layers.markBaseDirty()));
        }
    }

    /** Repaints only the overlay when any value changes. */
    protected final void repaintOverlayOn(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            own(v.subscribe(now -> layers.markOverlayDirty()));
        }
    }

    /**
     * Relays out when the list held by a property is replaced or its content changes: the
     * content subscription moves from a replaced list to its replacement.
     */
    protected final void relayoutOnContent(ObservableValue<? extends Observable> list) {
        Subscription[] content = {Subscription.EMPTY};
        own(list.subscribe(now -> {
            content[0].unsubscribe();
            content[0] = now == null ? Subscription.EMPTY : now.subscribe(layers::markBaseDirty);
            layers.markBaseDirty();
        }));
        own(() -> content[0].unsubscribe());
    }

    /** Adds an event handler to the control until the skin goes. */
    protected final <E extends Event> void handle(EventType<E> type, EventHandler<? super E> handler) {
        C control = getSkinnable();
        control.addEventHandler(type, handler);
        own(() -> control.removeEventHandler(type, handler));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        layers.layout(x, y, w, h);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return prefHeight;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return MIN_WIDTH;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return MIN_HEIGHT;
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        super.dispose();
    }
}
