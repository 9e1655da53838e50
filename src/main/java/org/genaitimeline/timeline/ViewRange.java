package org.genaitimeline.timeline;

import java.util.List;
import org.genaitimeline.catalog.Model;

/**
 * The visible range of a {@link TimelineView} as the reader moves it: zoom, pan, fit and reveal,
 * and whether it still follows the data. Until the reader moves it, the range is the models'
 * own (a new catalog, an import), refitted when they change, as after Fit all and for options
 * that fit the data ({@code TimelineOptions.fitsData}); once moved it stays where it is put.
 * The range itself stays in the view's two properties.
 */
final class ViewRange {

    private final TimelineView view;
    /** Whether the range is the models' first to last date, refitted when they change. */
    private boolean followsData = true;
    /** Set while {@link #fitAll} moves the range, which is not the reader moving it. */
    private boolean fitting;

    ViewRange(TimelineView view) {
        this.view = view;
        view.modelsProperty().addListener((obs, was, now) -> refitIfFollowing());
        view.erasProperty().addListener((obs, was, now) -> refitIfFollowing());
        view.visibleStartProperty().addListener((obs, was, now) -> moved());
        view.visibleEndProperty().addListener((obs, was, now) -> moved());
    }

    boolean followsData() {
        return followsData;
    }

    /** A range given from outside (a saved view): it stays, even when it is the one already shown. */
    void pin() {
        followsData = false;
    }

    /** The reader (or a view with a range of its own) moved the range: it stays where it is put. */
    private void moved() {
        if (!fitting) {
            followsData = false;
        }
    }

    private void refitIfFollowing() {
        if (followsData) {
            fitAll();
        }
    }

    private void set(double[] r) {
        view.visibleStartProperty().set(r[0]);
        view.visibleEndProperty().set(r[1]);
    }

    private double start() {
        return view.getVisibleStart();
    }

    private double end() {
        return view.getVisibleEnd();
    }

    /** Shows a range of fractional years (the span is kept between two months and 80 years). */
    void show(double from, double to) {
        set(RangeMath.around(Math.min(from, to), Math.max(from, to), 0));
    }

    /**
     * Zooms at least one step, to about twice a time interval (room for the labels of the
     * models in it on either side), centred on it.
     */
    void zoomAround(double from, double to) {
        double span = Math.min((end() - start()) / TimelineView.ZOOM_STEP, Math.max(to - from, 1.0 / 12) * 2);
        set(RangeMath.centre((from + to) / 2, span));
    }

    /** Zooms by a factor (&gt; 1 zooms in) keeping a year in place. */
    void zoom(double factor, double anchorYear) {
        set(RangeMath.zoom(start(), end(), factor, anchorYear));
    }

    /** Zooms by a factor about the year in the middle of the plot. */
    void zoomAtCentre(double factor) {
        zoom(factor, centreYear());
    }

    /** The year in the middle of the plot: with the foundations compressed it is not the middle year. */
    private double centreYear() {
        TimelineLayout l = view.currentLayout();
        if (l == null) {
            return (start() + end()) / 2;
        }
        return l.timeAt(l.plot().centerX(), l.plot().centerY());
    }

    /** Moves the range by a number of years. */
    void pan(double years) {
        set(RangeMath.pan(start(), end(), years));
    }

    /** Shows every shown model, the compressed foundations before 2014 and any years after the book included. */
    void fitAll() {
        List<Model> shown = view.shownModels();
        followsData = true;
        if (shown.isEmpty()) {
            return;
        }
        double[] r = TimelineSpec.fitRange(shown, view.getEras() == null ? List.of() : view.getEras());
        fitting = true;
        try {
            show(r[0], r[1]);
        } finally {
            fitting = false;
        }
    }

    /** Scrolls (keeping the zoom) so the model is well inside the visible range. */
    void reveal(Model model) {
        double t = TimelineLayout.timeOf(model);
        double span = end() - start();
        if (t < start() + span * 0.05 || t > end() - span * 0.05) {
            set(RangeMath.centre(t, span));
        }
    }
}
