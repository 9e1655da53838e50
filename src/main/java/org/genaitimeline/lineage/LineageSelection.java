package org.genaitimeline.lineage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Model;

/**
 * The part of the family tree one view shows: what {@link LineageGraph#select} found for a
 * centre and its options, before any pixel is placed.
 *
 * @param centre the model at the centre; null when the centre is not in the catalog
 * @param nodes the models shown, chronological ({@link org.genaitimeline.catalog.Catalog#BY_DATE})
 * @param edges every link between two models shown, parent first
 * @param pathTo path mode's other end, as asked (it may have no route to the centre)
 * @param route the routes between the centre and {@code pathTo}; empty when none or not asked
 */
public record LineageSelection(String centre, List<Model> nodes, List<LineageGraph.Edge> edges,
        Optional<String> pathTo, LineageGraph.Route route) {

    public LineageSelection {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Nothing to show (the centre is unknown). */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** Whether path mode is on and found at least one route. */
    public boolean hasRoute() {
        return pathTo.isPresent() && route.edges().size() + route.nodes().size() > 1;
    }

    /** Whether a model lies on a highlighted route. */
    public boolean onPath(String id) {
        return pathTo.isPresent() && route.nodes().contains(id);
    }

    /** Whether a link lies on a highlighted route. */
    public boolean onPath(LineageGraph.Edge edge) {
        return pathTo.isPresent() && route.edges().contains(edge);
    }

    /** The ids shown. */
    public Set<String> ids() {
        return nodes.stream().map(Model::id).collect(Collectors.toUnmodifiableSet());
    }
}
