package org.genaitimeline.lineage;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureControl;
import org.genaitimeline.figure.LineageOptions;

/**
 * The family tree of the selected model (issue 14) as a reusable control: what it builds on
 * and what built on it, as a layered graph over time, with a toolbar for the depth, the
 * direction and the path mode. It knows nothing of the app: give it the catalog and bind
 * {@link #selectedModelProperty()} (the centre) to the shared selection.
 *
 * <p>Click a node to select it (the graph re-centres on it, animated unless
 * {@link #animatedProperty()} is off); Shift-click a node to show the routes between the
 * centre and it. Keys (the canvas is focusable): Left goes to a model the focused one builds
 * on, Right to one that builds on it, Up and Down to the previous or next sibling, Home back
 * to the centre, Enter selects the focused model ({@link LineageFocus}).
 */
public class LineageView extends FigureControl {

    public static final String DEFAULT_STYLE_CLASS = "lineage-view";

    private final ObjectProperty<LineageOptions> options =
            new SimpleObjectProperty<>(this, "options", LineageOptions.DEFAULT) {
                @Override
                public void set(LineageOptions value) {
                    super.set(value == null ? LineageOptions.DEFAULT : value);
                }
            };
    private final BooleanProperty toolbarVisible = new SimpleBooleanProperty(this, "toolbarVisible", true);
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ReadOnlyObjectWrapper<LineagePlot> currentPlot = new ReadOnlyObjectWrapper<>(this, "currentPlot");
    /** The links of the catalog, rebuilt when another catalog comes in. */
    private LineageGraph graph = LineageGraph.of(Catalog.empty());
    private final LineageFocus focus;

    public LineageView() {
        super(DEFAULT_STYLE_CLASS);
        catalogProperty().subscribe(c -> graph = LineageGraph.of(c == null ? Catalog.empty() : c));
        focus = new LineageFocus(this);
    }

    /** The keyboard focus over the nodes. */
    public final LineageFocus focus() {
        return focus;
    }

    /** The catalog's links as a graph (parents, children, siblings, routes). */
    public final LineageGraph graph() {
        return graph;
    }

    /**
     * The plot the view shows (where the nodes settle, also while they glide there); null before
     * the first layout pass. For the app's tests and for tools that need to know where a node is.
     */
    public final ReadOnlyObjectProperty<LineagePlot> currentPlotProperty() {
        return currentPlot.getReadOnlyProperty();
    }

    public final LineagePlot getCurrentPlot() {
        return currentPlot.get();
    }

    /** For the skin, after each layout. */
    final void setCurrentPlot(LineagePlot plot) {
        currentPlot.set(plot);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LineageSkin(this);
    }

    /** Depth, direction and path, as saved views, preferences and exports keep them; never null. */
    public final ObjectProperty<LineageOptions> optionsProperty() {
        return options;
    }

    public final LineageOptions getOptions() {
        return options.get();
    }

    public final void setOptions(LineageOptions value) {
        options.set(value);
    }

    /** Whether the depth, direction and path toolbar shows (presentation mode hides it). */
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
     * Whether a new centre moves the nodes to their new places over a quarter of a second; off,
     * they jump (for readers who asked for reduced motion, see docs/ACCESSIBILITY.md).
     */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    /** Where a model's marker is drawn, in this view's coordinates; empty when it is not shown. */
    public final java.util.Optional<javafx.geometry.Point2D> nodeLocation(String id) {
        return getSkin() instanceof LineageSkin skin ? skin.locate(id) : java.util.Optional.empty();
    }

    /** The catalog's model with that id, or null. */
    final Model model(String id) {
        return id == null || getCatalog() == null ? null : getCatalog().model(id).orElse(null);
    }

    /** For the skin: the model under the pointer. */
    final void hover(Model model) {
        setHoveredModel(model);
    }
}
