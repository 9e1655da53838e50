package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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

/**
 * The interactive timeline of the book's Figure 14-1: one lane per model type, a circle and
 * a name per model, era bands, zoom, pan, hover card, selection and lineage arrows. A
 * reusable control that knows nothing of the app: it shows the models it is given and
 * exposes selection, hover and the visible range as properties for the app to bind.
 *
 * <p>Painted on a canvas from a {@link TimelineLayout}; no node per model.
 */
public class TimelineView extends FigureControl {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    /** Each zoom step (Ctrl+=, toolbar) divides the visible span by this. */
    public static final double ZOOM_STEP = 1.5;

    private final ObjectProperty<ObservableList<Model>> models =
            new SimpleObjectProperty<>(this, "models", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Era>> eras =
            new SimpleObjectProperty<>(this, "eras", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Model>> highlighted = new SimpleObjectProperty<>(this, "highlighted");
    private final BooleanProperty hideFiltered = new SimpleBooleanProperty(this, "hideFiltered");
    private final ObjectProperty<Orientation> orientation =
            new SimpleObjectProperty<>(this, "orientation", TimelineOptions.DEFAULT.orientation());
    private final BooleanProperty bookFigureOnly = new SimpleBooleanProperty(this, "bookFigureOnly");
    private final BooleanProperty showLineage =
            new SimpleBooleanProperty(this, "showLineage", TimelineOptions.DEFAULT.lineage());
    private final DoubleProperty visibleStart =
            new SimpleDoubleProperty(this, "visibleStart", TimelineOptions.DEFAULT.from());
    private final DoubleProperty visibleEnd =
            new SimpleDoubleProperty(this, "visibleEnd", TimelineOptions.DEFAULT.to());
    private final BooleanProperty toolbarVisible = new SimpleBooleanProperty(this, "toolbarVisible", true);
    private final ReadOnlyObjectWrapper<TimelineLayout> currentLayout =
            new ReadOnlyObjectWrapper<>(this, "currentLayout");
    private final TimelineFocus focus = new TimelineFocus(this);
    private final ModelSight sight = new ModelSight(this);
    private final RangeSettle settle = new RangeSettle();
    private final ViewRange range;

    public TimelineView() {
        super(DEFAULT_STYLE_CLASS);
        range = new ViewRange(this);
    }

    /** A selection (from a table, the chart, a click or the keyboard) comes into sight, out of its badge. */
    @Override
    protected void selectedModelChanged(Model model) {
        if (model != null) {
            sight.bring(model);
        }
    }

    /** The keyboard focus over models and badges, and the badge under the pointer. */
    public final TimelineFocus focus() {
        return focus;
    }

    /** Of a search's matches, brings the first into sight unless one already shows its label. */
    public final void bringAnyIntoSight(List<Model> matches) {
        sight.bringAnyOf(matches);
    }

    /** Opens a "+N" badge: zooms to its span, and further while some of its members still have no label. */
    public final void openBadge(TimelineLayout.Badge badge) {
        sight.open(badge);
    }

    /**
     * Zooms at least one step, to about twice a time interval (room for the labels of the
     * models in it on either side), centred on it.
     */
    final void zoomAround(double from, double to) {
        range.zoomAround(from, to);
    }

    /** For the skin's gestures: the model under the pointer. */
    void hover(Model model) {
        setHoveredModel(model);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    /** The models to show (the app passes the whole catalog, chronological or not). */
    public final ObjectProperty<ObservableList<Model>> modelsProperty() {
        return models;
    }

    public final ObservableList<Model> getModels() {
        return models.get();
    }

    public final void setModels(ObservableList<Model> value) {
        models.set(value);
    }

    /** The eras drawn as bands behind the lanes. */
    public final ObjectProperty<ObservableList<Era>> erasProperty() {
        return eras;
    }

    public final ObservableList<Era> getEras() {
        return eras.get();
    }

    public final void setEras(ObservableList<Era> value) {
        eras.set(value);
    }

    /**
     * The models that pass the app's filters; the others are dimmed, or hidden when
     * {@link #hideFilteredProperty()} is set. Null means every model passes.
     */
    public final ObjectProperty<ObservableList<Model>> highlightedProperty() {
        return highlighted;
    }

    public final ObservableList<Model> getHighlighted() {
        return highlighted.get();
    }

    public final void setHighlighted(ObservableList<Model> value) {
        highlighted.set(value);
    }

    /** Whether models outside {@link #highlightedProperty()} are hidden rather than dimmed. */
    public final BooleanProperty hideFilteredProperty() {
        return hideFiltered;
    }

    public final boolean isHideFiltered() {
        return hideFiltered.get();
    }

    public final void setHideFiltered(boolean value) {
        hideFiltered.set(value);
    }

    /** Which way time runs: down (the book's figure) or right. */
    public final ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    public final Orientation getOrientation() {
        return orientation.get();
    }

    public final void setOrientation(Orientation value) {
        orientation.set(value);
    }

    /** Only the printed Figure 14-1: its 71 models at their printed lanes, dates and labels. */
    public final BooleanProperty bookFigureOnlyProperty() {
        return bookFigureOnly;
    }

    public final boolean isBookFigureOnly() {
        return bookFigureOnly.get();
    }

    public final void setBookFigureOnly(boolean value) {
        bookFigureOnly.set(value);
    }

    /** Whether the selected model's lineage is drawn as arrows. */
    public final BooleanProperty showLineageProperty() {
        return showLineage;
    }

    public final boolean isShowLineage() {
        return showLineage.get();
    }

    public final void setShowLineage(boolean value) {
        showLineage.set(value);
    }

    /** The first visible fractional year (2020.0 is 1 January 2020). */
    public final DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public final double getVisibleStart() {
        return visibleStart.get();
    }

    /** The last visible fractional year. */
    public final DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public final double getVisibleEnd() {
        return visibleEnd.get();
    }

    /** Shows a range of fractional years (the span is kept between two months and 80 years). */
    public final void setVisibleRange(double start, double end) {
        range.show(start, end);
    }

    /** The range and the toolbar switches at once, as saved views, preferences and exports keep them. */
    public final TimelineOptions getOptions() {
        return new TimelineOptions(getVisibleStart(), getVisibleEnd(), getOrientation(), isBookFigureOnly(),
                isHideFiltered(), isShowLineage(), range.followsData());
    }

    public final void setOptions(TimelineOptions o) {
        sight.cancel();
        setOrientation(o.orientation());
        setBookFigureOnly(o.bookFigureOnly());
        setHideFiltered(o.hideFiltered());
        setShowLineage(o.lineage());
        if (o.fitsData()) {
            fitAll();
        } else {
            range.pin();
            setVisibleRange(o.from(), o.to());
        }
    }

    /** Zooms by a factor (&gt; 1 zooms in) keeping a year in place. */
    public final void zoom(double factor, double anchorYear) {
        range.zoom(factor, anchorYear);
    }

    public final void zoomIn() {
        range.zoomAtCentre(ZOOM_STEP);
    }

    public final void zoomOut() {
        range.zoomAtCentre(1 / ZOOM_STEP);
    }

    /** Moves the range by a number of years. */
    public final void pan(double years) {
        range.pan(years);
    }

    /** Shows every shown model, the compressed foundations before 2014 and any years after the book included. */
    public final void fitAll() {
        range.fitAll();
    }

    /** Scrolls (keeping the zoom) so the model is well inside the visible range. */
    public final void reveal(Model model) {
        range.reveal(model);
    }

    /** Whether the zoom/orientation toolbar shows (presentation mode hides it). */
    public final BooleanProperty toolbarVisibleProperty() {
        return toolbarVisible;
    }

    public final boolean isToolbarVisible() {
        return toolbarVisible.get();
    }

    public final void setToolbarVisible(boolean value) {
        toolbarVisible.set(value);
    }

    /**
     * The models drawn: without those outside Figure 14-1 (when asked; then as the print draws
     * them), the filtered (when hidden) and those the reveal has not reached.
     */
    public final List<Model> shownModels() {
        Set<String> pass = highlightedIds();
        List<Model> out = new ArrayList<>();
        for (Model m : getModels() == null ? List.<Model>of() : getModels()) {
            if ((!isBookFigureOnly() || m.inFigure()) && (!isHideFiltered() || pass == null || pass.contains(m.id()))
                    && isRevealed(m)) {
                out.add(isBookFigureOnly() ? m.asDrawnInFigure14x1().orElseThrow() : m);
            }
        }
        return out;
    }

    private java.util.function.Consumer<Era> onEraPicked = era -> { };

    /** Called with the era whose band the reader clicked (the app shows its summary). */
    public final void setOnEraPicked(java.util.function.Consumer<Era> handler) {
        onEraPicked = handler == null ? era -> { } : handler;
    }

    final void eraPicked(Era era) {
        onEraPicked.accept(era);
    }

    /** The catalog's model behind a drawn one (in book figure mode the drawing is the print's copy). */
    final Model catalogModel(Model drawn) {
        if (getModels() != null) {
            for (Model m : getModels()) {
                if (m.id().equals(drawn.id())) {
                    return m;
                }
            }
        }
        return drawn;
    }

    /** Ids of the highlighted models, or null when every model passes. */
    final Set<String> highlightedIds() {
        if (getHighlighted() == null) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (Model m : getHighlighted()) {
            ids.add(m.id());
        }
        return ids;
    }

    /** The layout last painted (read by the skin's hit testing, the app's tests and tools). */
    public final ReadOnlyObjectProperty<TimelineLayout> currentLayoutProperty() {
        return currentLayout.getReadOnlyProperty();
    }

    public final TimelineLayout currentLayout() {
        return currentLayout.get();
    }

    /** Whether a pan or zoom gesture is drawn from a re-mapped layout, and when it lays out in full. */
    final RangeSettle settle() {
        return settle;
    }

    /**
     * The centre of a model's circle in this view's coordinates, as last painted; empty when
     * the model is not drawn (hidden, filtered away, or folded into a "+N" badge).
     */
    public final java.util.Optional<javafx.geometry.Point2D> circleLocation(String modelId) {
        TimelineLayout layout = currentLayout();
        javafx.scene.Node canvas = lookup(".timeline-overlay");
        if (layout == null || canvas == null) {
            return java.util.Optional.empty();
        }
        return layout.item(modelId).map(it -> canvas.localToParent(it.x(), it.y()));
    }

    final void setCurrentLayout(TimelineLayout layout) {
        currentLayout.set(layout);
        sight.laidOut(layout);
    }
}
