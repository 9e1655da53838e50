package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The lineage view's keyboard focus. The canvas has no node per model, so the view keeps its
 * own: Left moves to a model the focused one builds on (back in time), Right to one that builds
 * on it (forward), Up and Down to the sibling above or below (a model sharing a parent with it,
 * or, for a model with no parent shown, sharing a child), Home back to the centre, Enter
 * selects the focused model. Of several parents or children it goes to the one it came from, if
 * any, else the nearest on screen. The focused model, its parents and its children are what a
 * screen reader reads as the view's accessible text.
 */
public final class LineageFocus {

    /** Where an arrow key moves the focus. */
    public enum Move { PARENT, CHILD, SIBLING_UP, SIBLING_DOWN }

    /** The names listed before "and N more". */
    static final int LISTED = 2;

    private final LineageView view;
    private final ReadOnlyObjectWrapper<String> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    /** The model the last move came from, preferred when the reader steps back. */
    private String cameFrom;

    LineageFocus(LineageView view) {
        this.view = view;
        focused.subscribe(now -> describe());
        view.currentPlotProperty().subscribe(this::keepOrDrop);
        view.languageProperty().subscribe(now -> describe());
    }

    /** The id of the focused model, or null before the walk starts. */
    public ReadOnlyObjectProperty<String> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public String getFocused() {
        return focused.get();
    }

    /** Moves the focus; the first move of a walk (or Home) focuses the centre. */
    public void move(Move move) {
        LineagePlot plot = view.getCurrentPlot();
        if (plot == null || plot.isEmpty()) {
            return;
        }
        String at = getFocused();
        if (at == null || plot.node(at).isEmpty()) {
            home();
            return;
        }
        LineageGraph graph = view.graph();
        Set<String> shown = plot.nodes().stream().map(LineagePlot.Node::id).collect(java.util.stream.Collectors.toSet());
        LineagePlot.Node here = plot.node(at).orElseThrow();
        Optional<String> next = switch (move) {
            case PARENT -> nearest(plot, here, shownOf(graph.parents(at), shown));
            case CHILD -> nearest(plot, here, shownOf(graph.children(at), shown));
            case SIBLING_UP, SIBLING_DOWN -> sibling(plot, here, siblings(graph, at, shown), move == Move.SIBLING_DOWN);
        };
        next.ifPresent(id -> {
            cameFrom = move == Move.PARENT || move == Move.CHILD ? at : cameFrom;
            focused.set(id);
        });
    }

    /** Home: the centre. */
    public void home() {
        LineagePlot plot = view.getCurrentPlot();
        cameFrom = null;
        focused.set(plot == null ? null : plot.centre().orElse(null));
    }

    /** Enter: the focused model becomes the selection (and the centre). */
    public void activate() {
        Model m = view.model(getFocused());
        if (m != null) {
            view.setSelectedModel(m);
        }
    }

    /** Focus given up (the reader left the canvas or cleared the selection). */
    void clear() {
        cameFrom = null;
        focused.set(null);
    }

    private static List<String> shownOf(List<Model> models, Set<String> shown) {
        return models.stream().map(Model::id).filter(shown::contains).toList();
    }

    /** The siblings shown; a model with none (a root) walks among its children's other parents. */
    private static List<String> siblings(LineageGraph graph, String id, Set<String> shown) {
        List<String> out = shownOf(graph.siblings(id), shown);
        if (!out.isEmpty()) {
            return out;
        }
        List<String> coParents = new ArrayList<>();
        for (Model child : graph.children(id)) {
            if (shown.contains(child.id())) {
                for (String p : shownOf(graph.parents(child.id()), shown)) {
                    if (!p.equals(id) && !coParents.contains(p)) {
                        coParents.add(p);
                    }
                }
            }
        }
        return coParents;
    }

    /** The one the walk came from, if it is a candidate; else the nearest on screen. */
    private Optional<String> nearest(LineagePlot plot, LineagePlot.Node here, List<String> ids) {
        if (cameFrom != null && ids.contains(cameFrom)) {
            return Optional.of(cameFrom);
        }
        return ids.stream().map(plot::node).flatMap(Optional::stream)
                .min(Comparator.comparingDouble(n -> Math.hypot(n.cx() - here.cx(), n.cy() - here.cy())))
                .map(LineagePlot.Node::id);
    }

    /** The next sibling above (or below) on screen, top to bottom and then left to right. */
    private static Optional<String> sibling(LineagePlot plot, LineagePlot.Node here, List<String> ids, boolean down) {
        List<LineagePlot.Node> order = new ArrayList<>(ids.stream().map(plot::node).flatMap(Optional::stream).toList());
        order.add(here);
        order.sort(Comparator.comparingDouble(LineagePlot.Node::cy).thenComparingDouble(LineagePlot.Node::cx));
        int i = order.indexOf(here) + (down ? 1 : -1);
        return i < 0 || i >= order.size() ? Optional.empty() : Optional.of(order.get(i).id());
    }

    /** A new plot: the focus stays on its model if it is still shown, else the walk ends. */
    private void keepOrDrop(LineagePlot plot) {
        if (getFocused() != null && (plot == null || plot.node(getFocused()).isEmpty())) {
            clear();
        }
        describe();
    }

    /** What a screen reader says: the focused model and its neighbours, else what the figure shows. */
    private void describe() {
        Language language = view.getLanguage() == null ? Language.EN : view.getLanguage();
        view.setAccessibleText(text(view.graph(), view.getCurrentPlot(), getFocused(), view.getSelectedModel(), language));
    }

    /** The accessible text for a focus (null: the figure as a whole). */
    static String text(LineageGraph graph, LineagePlot plot, String focusedId, Model centre, Language language) {
        Messages m = Messages.of(language);
        Optional<Model> focus = focusedId == null ? Optional.empty() : graph.model(focusedId);
        if (focus.isEmpty()) {
            if (centre == null) {
                return m.get("lineage.empty.noSelection");
            }
            int shown = plot == null ? 0 : plot.nodes().size();
            return m.get("lineage.accessible", centre.name(language), shown);
        }
        Model f = focus.get();
        List<Model> parents = graph.parents(f.id());
        List<Model> children = graph.children(f.id());
        String up = parents.isEmpty() ? m.get("lineage.focus.buildsOnNothing")
                : m.get("lineage.focus.buildsOn", names(parents, language));
        String down = children.isEmpty() ? m.get("lineage.focus.ledToNothing")
                : m.get("lineage.focus.ledTo", names(children, language));
        return m.get("lineage.focus.text", f.name(language), ModelFormat.date(f.date(), language), up, down);
    }

    /** "A", "A and B", "A, B and C", "A, B and 3 more". */
    static String names(List<Model> models, Language language) {
        Messages m = Messages.of(language);
        List<String> n = models.stream().map(x -> x.name(language)).toList();
        String sep = m.get("lineage.focus.separator");
        if (n.size() == 1) {
            return n.get(0);
        }
        if (n.size() <= LISTED + 1) {
            return m.get("lineage.focus.last", String.join(sep, n.subList(0, n.size() - 1)), n.get(n.size() - 1));
        }
        return m.get("lineage.focus.more", String.join(sep, n.subList(0, LISTED)), n.size() - LISTED);
    }
}
