package org.genaitimeline.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;

/**
 * The catalog's {@code buildsOn} links as a graph over indices: the neighbourhood of a centre,
 * a node's parents, children and siblings (the tab's arrow-key walk), and the routes between
 * two models. Every query is a breadth-first walk over arrays, linear in what it visits, so a
 * 2,000-model family tree costs no recursion depth and no quadratic scan. Links to ids the
 * catalog does not hold are skipped, as {@link Catalog#buildsOn} does; a cycle (which the
 * loader and the importer refuse) would only end a walk early, never loop.
 */
public final class LineageGraph {

    /**
     * One link: {@code to} builds on {@code from}, so {@code from} is the older of the two.
     *
     * @param from the model built on (the parent)
     * @param to the model that builds on it (the child)
     */
    public record Edge(String from, String to) {
        /** {@code from>to}: the SVG's {@code data-edge} and a stable key. */
        public String key() {
            return from + ">" + to;
        }
    }

    /**
     * The models on some route between two models and the links on those routes: every
     * model that is a descendant of the older end and an ancestor of the younger one.
     *
     * @param from the older end (the ancestor)
     * @param to the younger end
     * @param nodes the ids on a route, both ends included, chronological; empty when no route
     * @param edges the links on a route
     */
    public record Route(String from, String to, Set<String> nodes, Set<Edge> edges) {
        public Route {
            nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
            edges = Set.copyOf(edges);
        }

        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }

    private final Catalog catalog;
    private final List<Model> models;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] parents;
    private final int[][] children;

    private LineageGraph(Catalog catalog) {
        this.catalog = catalog;
        this.models = catalog.models();
        for (int i = 0; i < models.size(); i++) {
            index.put(models.get(i).id(), i);
        }
        int n = models.size();
        parents = new int[n][];
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            int self = i;
            parents[i] = models.get(i).buildsOn().stream().map(index::get)
                    .filter(p -> p != null && p != self).mapToInt(Integer::intValue).distinct().sorted().toArray();
            for (int p : parents[i]) {
                childCount[p]++;
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] fill = new int[n];
        // Models are chronological, so each child list comes out chronological too.
        for (int i = 0; i < n; i++) {
            for (int p : parents[i]) {
                children[p][fill[p]++] = i;
            }
        }
    }

    public static LineageGraph of(Catalog catalog) {
        return new LineageGraph(catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    public Optional<Model> model(String id) {
        return catalog.model(id);
    }

    /** What the model directly builds on, chronological; empty for an unknown id. */
    public List<Model> parents(String id) {
        return models(at(id).map(i -> parents[i]).orElse(new int[0]));
    }

    /** What directly builds on the model, chronological; empty for an unknown id. */
    public List<Model> children(String id) {
        return models(at(id).map(i -> children[i]).orElse(new int[0]));
    }

    /** The other children of the model's parents (not the model itself), chronological, each once. */
    public List<Model> siblings(String id) {
        Optional<Integer> at = at(id);
        if (at.isEmpty()) {
            return List.of();
        }
        BitSet seen = new BitSet(models.size());
        for (int p : parents[at.get()]) {
            for (int c : children[p]) {
                seen.set(c);
            }
        }
        seen.clear(at.get());
        return models(seen.stream().toArray());
    }

    /**
     * The ids within {@code depth} links of the centre in the direction asked, the centre first
     * and then chronological; just the centre when it has no links, empty for an unknown id.
     */
    public List<String> reach(String centre, int depth, LineageOptions.Direction direction) {
        Optional<Integer> at = at(centre);
        if (at.isEmpty()) {
            return List.of();
        }
        BitSet seen = new BitSet(models.size());
        if (direction != LineageOptions.Direction.DESCENDANTS) {
            walk(at.get(), depth, parents, seen);
        }
        if (direction != LineageOptions.Direction.ANCESTORS) {
            walk(at.get(), depth, children, seen);
        }
        seen.set(at.get());
        List<String> out = new ArrayList<>(seen.cardinality());
        out.add(centre);
        seen.stream().filter(i -> i != at.get()).forEach(i -> out.add(models.get(i).id()));
        return out;
    }

    /**
     * Every model on some route between {@code a} and {@code b} and the links on those routes,
     * whichever of the two is the ancestor; an empty route when neither leads to the other (or an
     * id is unknown). A model and itself: that one model, no links.
     */
    public Route route(String a, String b) {
        Optional<Integer> ia = at(a);
        Optional<Integer> ib = at(b);
        if (ia.isEmpty() || ib.isEmpty()) {
            return new Route(a, b, Set.of(), Set.of());
        }
        Route down = route(ia.get(), ib.get());
        return down.isEmpty() ? route(ib.get(), ia.get()) : down;
    }

    /** The routes from ancestor {@code a} down to {@code b}: descendants of a that are ancestors of b. */
    private Route route(int a, int b) {
        BitSet below = new BitSet(models.size());
        walk(a, Integer.MAX_VALUE, children, below);
        below.set(a);
        if (!below.get(b)) {
            return new Route(models.get(a).id(), models.get(b).id(), Set.of(), Set.of());
        }
        BitSet above = new BitSet(models.size());
        walk(b, Integer.MAX_VALUE, parents, above);
        above.set(b);
        below.and(above);
        Set<String> nodes = new LinkedHashSet<>();
        Set<Edge> edges = new LinkedHashSet<>();
        below.stream().forEach(i -> {
            nodes.add(models.get(i).id());
            for (int c : children[i]) {
                if (below.get(c)) {
                    edges.add(new Edge(models.get(i).id(), models.get(c).id()));
                }
            }
        });
        return new Route(models.get(a).id(), models.get(b).id(), nodes, edges);
    }

    /**
     * What the lineage view shows for a centre and options: the neighbourhood by depth and
     * direction, in path mode the routes to the other model as well (however deep), and every
     * link between the models shown.
     */
    public LineageSelection select(String centre, LineageOptions options) {
        Set<String> ids = new LinkedHashSet<>(reach(centre, options.depth(), options.direction()));
        Route route = options.pathTo().filter(id -> !ids.isEmpty()).map(to -> route(centre, to))
                .orElse(new Route(centre, centre, Set.of(), Set.of()));
        ids.addAll(route.nodes());
        List<Model> nodes = new ArrayList<>();
        BitSet shown = new BitSet(models.size());
        for (String id : ids) {
            shown.set(index.get(id));
        }
        List<Edge> edges = new ArrayList<>();
        shown.stream().forEach(i -> {
            nodes.add(models.get(i));
            for (int p : parents[i]) {
                if (shown.get(p)) {
                    edges.add(new Edge(models.get(p).id(), models.get(i).id()));
                }
            }
        });
        return new LineageSelection(ids.isEmpty() ? null : centre, nodes, edges, options.pathTo(), route);
    }

    private static void walk(int from, int depth, int[][] links, BitSet seen) {
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {from, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            if (at[1] >= depth) {
                continue;
            }
            for (int next : links[at[0]]) {
                if (next != from && !seen.get(next)) {
                    seen.set(next);
                    queue.add(new int[] {next, at[1] + 1});
                }
            }
        }
    }

    private Optional<Integer> at(String id) {
        return Optional.ofNullable(id == null ? null : index.get(id));
    }

    private List<Model> models(int[] at) {
        List<Model> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(models.get(i));
        }
        return out;
    }
}
