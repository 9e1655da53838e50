package org.genaitimeline.growth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;

/**
 * The selected point's lineage among the plotted points: what it builds on and what built
 * on it. Many links run through models the chart cannot plot (DALL.E 2 builds on CLIP, which
 * has no size), so the walk passes through unplotted models to the nearest plotted ones and
 * marks those links as indirect.
 */
public final class Lineage {

    /** A link to draw from a plotted ancestor to a plotted descendant. */
    public record Link(String fromId, String toId, boolean direct) {
    }

    /** How far through unplotted models the walk goes. */
    private static final int MAX_DEPTH = 4;

    private Lineage() {
    }

    /** The links of a model to the plotted models it builds on and that build on it. */
    public static List<Link> of(Model selected, Set<String> plotted, Catalog catalog) {
        List<Link> out = new ArrayList<>();
        for (Hop h : walk(selected, plotted, catalog::buildsOn)) {
            out.add(new Link(h.model.id(), selected.id(), h.depth == 1));
        }
        for (Hop h : walk(selected, plotted, catalog::ledTo)) {
            out.add(new Link(selected.id(), h.model.id(), h.depth == 1));
        }
        return out;
    }

    private record Hop(Model model, int depth) {
    }

    private static Set<Hop> walk(Model start, Set<String> plotted, Function<Model, List<Model>> next) {
        Set<Hop> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(start.id());
        Deque<Hop> queue = new ArrayDeque<>();
        queue.add(new Hop(start, 0));
        while (!queue.isEmpty()) {
            Hop h = queue.poll();
            if (h.depth >= MAX_DEPTH) {
                continue;
            }
            for (Model m : next.apply(h.model)) {
                if (!seen.add(m.id())) {
                    continue;
                }
                Hop hop = new Hop(m, h.depth + 1);
                if (plotted.contains(m.id())) {
                    found.add(hop);
                } else {
                    queue.add(hop);
                }
            }
        }
        return found;
    }
}
