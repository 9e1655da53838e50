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
 * kept, so reopening (and the preferences) use it rather than the collapsed one; a position
 * that would leave the pane too narrow to read (dragged almost shut, or saved so) is not
 * used: a selection always opens the pane to a width that shows it.
 */
final class DetailSpace {

    /** Where the pane's divider goes when it opens and nothing better is known. */
    static final double DEFAULT_OPEN = 0.74;
    /** An open pane narrower than this (px) shows nothing useful. */
    static final double MIN_OPEN_WIDTH = 160;
    /** The furthest an open divider may sit, also before the first layout (when the width is not known). */
    static final double MAX_OPEN_POSITION = 0.95;

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
        openPosition = usable(positions[divider]) ? positions[divider] : DEFAULT_OPEN;
        applying = true;
        split.setDividerPositions(positions);
        applying = false;
        apply();
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private void remember(double p) {
        if (!applying && isOpen() && usable(p)) {
            openPosition = p;
        }
    }

    /** Whether an open position leaves the pane wide enough to read. */
    private boolean usable(double p) {
        double w = split.getWidth();
        return p <= MAX_OPEN_POSITION && (w <= 0 || (1 - p) * w >= MIN_OPEN_WIDTH);
    }

    private void apply() {
        applying = true;
        if (isOpen() && !usable(openPosition)) {
            openPosition = DEFAULT_OPEN;
        }
        split.setDividerPosition(divider, isOpen() ? openPosition : 1);
        applying = false;
    }
}
