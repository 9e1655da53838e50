package org.genaitimeline.timeline;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureControl;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * A thin strip of the whole timeline (every model a tick in its type's colour, the era
 * bands) with a window on the visible range: drag the window to pan, its edges or the
 * wheel to zoom, click beside it to centre it there. It runs along the timeline's time
 * axis (see ADR 9). {@link #follow} binds it to a {@link TimelineView} both ways.
 */
public final class OverviewStrip extends FigureControl {

    public static final String DEFAULT_STYLE_CLASS = "timeline-overview";

    private final ObjectProperty<ObservableList<Model>> models =
            new SimpleObjectProperty<>(this, "models", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Era>> eras =
            new SimpleObjectProperty<>(this, "eras", FXCollections.observableArrayList());
    private final ObjectProperty<Orientation> orientation =
            new SimpleObjectProperty<>(this, "orientation", TimelineOptions.DEFAULT.orientation());
    /** The followed timeline's gesture state, or null when the strip follows none. */
    private RangeSettle settle;
    private final DoubleProperty visibleStart =
            new SimpleDoubleProperty(this, "visibleStart", TimelineOptions.DEFAULT.from());
    private final DoubleProperty visibleEnd =
            new SimpleDoubleProperty(this, "visibleEnd", TimelineOptions.DEFAULT.to());

    public OverviewStrip() {
        super(DEFAULT_STYLE_CLASS);
        // The timeline beside it has the keys (zoom, pan, the walk); the strip is for the pointer.
        setFocusTraversable(false);
    }

    /** Shows what the timeline shows and moves its visible range, both ways. */
    public void follow(TimelineView view) {
        models.bind(view.modelsProperty());
        eras.bind(view.erasProperty());
        orientation.bind(view.orientationProperty());
        paletteProperty().bind(view.paletteProperty());
        languageProperty().bind(view.languageProperty());
        visibleStart.bindBidirectional(view.visibleStartProperty());
        visibleEnd.bindBidirectional(view.visibleEndProperty());
        settle = view.settle();
    }

    /** A drag or wheel step of the strip moves the timeline: it draws re-mapped until the gesture settles. */
    void gestureMoving() {
        if (settle != null) {
            settle.moving();
        }
    }

    void gestureEnded() {
        if (settle != null) {
            settle.settle();
        }
    }

    @Override
    protected void languageChanged(Language language) {
        setAccessibleText(Messages.of(language).get("timeline.overview.accessibleText"));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverviewSkin(this);
    }

    public ObjectProperty<ObservableList<Model>> modelsProperty() {
        return models;
    }

    public ObjectProperty<ObservableList<Era>> erasProperty() {
        return eras;
    }

    /** Which way time runs, as in the timeline: the strip lies along it. */
    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    public Orientation getOrientation() {
        return orientation.get();
    }

    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    /** The visible range (both ends set together, as a drag on the strip moves them). */
    OverviewScale.Range visibleRange() {
        return new OverviewScale.Range(visibleStart.get(), visibleEnd.get());
    }

    void setVisibleRange(OverviewScale.Range r) {
        visibleStart.set(r.start());
        visibleEnd.set(r.end());
    }

    /**
     * The strip's scale for a length: every model (with the fit's margin), the years before
     * the book's figure (the foundations) compressed.
     */
    OverviewScale scale(double length) {
        java.util.List<Era> eraList = eras.get() == null ? java.util.List.of() : eras.get();
        double[] span = TimelineSpec.fitRange(models.get() == null ? java.util.List.of() : models.get(), eraList);
        double knee = TimelineSpec.knee(eraList).orElse(span[0]);
        return new OverviewScale(span[0], span[1], knee, 0, length);
    }
}
