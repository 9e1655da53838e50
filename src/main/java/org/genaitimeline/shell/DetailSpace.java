package org.genaitimeline.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * Gives the detail pane (the split pane's last item) width only while it has something to
 * show: a model is selected, or the reader pinned it. Closed, its divider sits at the end of
 * the split pane and the figure gets the width. The open position the reader dragged to is
 * kept, so reopening (and the preferences) use it rather than the collapsed one.
 */
final class DetailSpace {

    /** Where the pane's divider goes when it opens and nothing better is known. */
    static final double DEFAULT_OPEN = 0.74;

    private final SplitPane split;
    private final int divider;
    private final ObservableBooleanValue wanted;
    private double openPosition = DEFAULT_OPEN;
    private boolean applying;
    private final Subscription subscriptions;

    /**
     * @param split the split pane whose last item is the detail pane
     * @param detail the detail pane
     * @param wanted whether the pane should be open (a selection, or the pin)
     */
    DetailSpace(SplitPane split, Region detail, ObservableBooleanValue wanted) {
        this.split = split;
        this.divider = split.getItems().size() - 2;
        this.wanted = wanted;
        // Closed, the pane must be able to shrink to nothing; open, the reader may drag it as narrow as they like.
        detail.setMinWidth(0);
        ObservableValue<Number> position = split.getDividers().get(divider).positionProperty();
        subscriptions = Subscription.combine(
                wanted.subscribe(open -> apply()),
                position.subscribe(p -> remember(p.doubleValue())));
    }

    boolean isOpen() {
        return wanted.get();
    }

    /** The divider positions as the reader left them: the detail pane's one where it was open. */
    double[] positions() {
        double[] p = split.getDividerPositions();
        p[divider] = openPosition;
        return p;
    }

    /** Puts back saved positions (the detail pane's one is its open position). */
    void setPositions(double[] positions) {
        openPosition = positions[divider];
        applying = true;
        split.setDividerPositions(positions);
        applying = false;
        apply();
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private void remember(double p) {
        if (!applying && isOpen() && p < 1) {
            openPosition = p;
        }
    }

    private void apply() {
        applying = true;
        split.setDividerPosition(divider, isOpen() ? openPosition : 1);
        applying = false;
    }
}
