package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaitimeline.figure.Box;

/**
 * The frames of the re-centring animation: a plot between the one shown before and the new one.
 * A model in both glides from its old place to its new one; a model only in the new plot is
 * at its place from the start; a model only in the old one is gone. A link whose corners match
 * in number glides corner by corner; any other is drawn, while it moves, as an axis-parallel
 * elbow between its two moving markers (the new routing appears at the end). Bands glide like
 * the nodes; axis and ticks are the new plot's. Pure, so the frames have plain tests.
 */
public final class LineageTween {

    private LineageTween() {
    }

    /** The plot at {@code t} of the way from {@code from} to {@code to}: {@code from}'s places at 0, {@code to} at 1. */
    public static LineagePlot between(LineagePlot from, LineagePlot to, double t) {
        if (t >= 1 || from == null || from.isEmpty()) {
            return to;
        }
        double k = ease(Math.max(0, t));
        Map<String, LineagePlot.Node> before = new HashMap<>();
        from.nodes().forEach(n -> before.put(n.id(), n));
        List<LineagePlot.Node> nodes = new ArrayList<>(to.nodes().size());
        Map<String, LineagePlot.Node> now = new HashMap<>();
        for (LineagePlot.Node n : to.nodes()) {
            LineagePlot.Node was = before.get(n.id());
            LineagePlot.Node moved = was == null ? n : moved(was, n, k);
            nodes.add(moved);
            now.put(n.id(), moved);
        }
        Map<String, LineagePlot.Edge> edgesBefore = new HashMap<>();
        from.edges().forEach(e -> edgesBefore.put(e.key(), e));
        List<LineagePlot.Edge> edges = new ArrayList<>(to.edges().size());
        for (LineagePlot.Edge e : to.edges()) {
            LineagePlot.Edge was = edgesBefore.get(e.key());
            // A link between two new models stays put: neither end moves.
            boolean endMoves = before.containsKey(e.from()) || before.containsKey(e.to());
            if (was != null && was.corners() == e.corners()) {
                edges.add(new LineagePlot.Edge(e.from(), e.to(), lerp(was.xs(), e.xs(), k), lerp(was.ys(), e.ys(), k),
                        e.onPath()));
            } else if (endMoves) {
                edges.add(elbow(e, now.get(e.from()), now.get(e.to())));
            } else {
                edges.add(e);
            }
        }
        Map<String, LineagePlot.Band> bandsBefore = new HashMap<>();
        from.bands().forEach(b -> bandsBefore.put(b.familyId(), b));
        List<LineagePlot.Band> bands = new ArrayList<>(to.bands().size());
        for (LineagePlot.Band b : to.bands()) {
            LineagePlot.Band was = bandsBefore.get(b.familyId());
            bands.add(was == null ? b : new LineagePlot.Band(b.familyId(), b.label(), lerp(was.box(), b.box(), k),
                    lerp(was.labelBox(), b.labelBox(), k)));
        }
        return new LineagePlot(to.width(), to.height(), to.fit(), to.typeScale(), to.fontSize(), nodes, edges, bands,
                to.ticks(), to.plot(), to.time(), to.centre());
    }

    /** Slow in, slow out: the nodes start and settle gently rather than at a constant speed. */
    static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    private static LineagePlot.Node moved(LineagePlot.Node a, LineagePlot.Node b, double k) {
        double dx = lerp(a.cx(), b.cx(), k) - b.cx();
        double dy = lerp(a.cy(), b.cy(), k) - b.cy();
        return new LineagePlot.Node(b.model(), b.familyId(), shift(b.box(), dx, dy), b.cx() + dx, b.cy() + dy,
                lerp(a.r(), b.r(), k), shift(b.label(), dx, dy), b.text(), b.centre(), b.onPath(), b.dimmed());
    }

    /** Parent's marker, across at mid-x, child's marker: the routed links' own axis-parallel style. */
    private static LineagePlot.Edge elbow(LineagePlot.Edge e, LineagePlot.Node parent, LineagePlot.Node child) {
        double x0 = parent.cx();
        double y0 = parent.cy();
        double x1 = child.cx();
        double y1 = child.cy();
        double mid = (x0 + x1) / 2;
        return new LineagePlot.Edge(e.from(), e.to(), new double[] {x0, mid, mid, x1}, new double[] {y0, y0, y1, y1},
                e.onPath());
    }

    private static Box shift(Box b, double dx, double dy) {
        return new Box(b.x() + dx, b.y() + dy, b.w(), b.h());
    }

    private static Box lerp(Box a, Box b, double k) {
        return new Box(lerp(a.x(), b.x(), k), lerp(a.y(), b.y(), k), lerp(a.w(), b.w(), k), lerp(a.h(), b.h(), k));
    }

    private static double[] lerp(double[] a, double[] b, double k) {
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = lerp(a[i], b[i], k);
        }
        return out;
    }

    private static double lerp(double a, double b, double k) {
        return a + (b - a) * k;
    }
}
