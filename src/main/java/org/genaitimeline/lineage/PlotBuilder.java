package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.TimeScale;
import org.genaitimeline.figure.TimeTicks;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Messages;

/**
 * One attempt of {@link LineageLayout} at one text size: x from the dates, rows per band, links
 * routed, then the heights of rows and channels and every y. Reports whether the result fits
 * the size asked.
 */
final class PlotBuilder {

    /** The era whose years are drawn compressed, as on the timeline. */
    private static final String FOUNDATIONS = "foundations";
    /** The compressed foundations' share of the axis. */
    private static final double FOUNDATIONS_SHARE = 0.1;
    /** The triangles reach this far past a marker's radius (see MarkerShape.halfSize). */
    static final double SHAPE_REACH = 1.55;
    /** The centre's marker over the others'. */
    static final double CENTRE_MARKER = 1.4;
    /** The centre's name over the others'. */
    static final double CENTRE_FONT = 1.15;

    /** The plot of one attempt and whether it fits. */
    /**
     * @param overflow how many times the size asked the figure needs (at most 1 when it fits)
     */
    record Result(LineagePlot plot, boolean fits, double typeScale, double overflow) {
        LineagePlot plot(LineagePlot.Fit fit) {
            LineagePlot p = plot;
            return new LineagePlot(p.width(), p.height(), fit, p.typeScale(), p.fontSize(), p.nodes(), p.edges(),
                    p.bands(), p.ticks(), p.plot(), p.time(), p.centre());
        }
    }

    private final LineageSpec spec;
    private final double typeScale;
    private final TextMeasure measure;
    private final double font;
    private final double lineH;
    private final double r;
    private final double pad;
    private final double gap;
    private final double sep;
    private final double margin;

    PlotBuilder(LineageSpec spec, double typeScale) {
        this.spec = spec;
        this.typeScale = typeScale;
        this.measure = spec.measure();
        double s = spec.labelScale() * typeScale;
        this.font = LineageLayout.FONT * s;
        this.lineH = measure.lineHeight(font);
        this.r = LineageLayout.RADIUS * s * spec.markerScale();
        this.pad = 4 * s;
        this.gap = 18 * s;
        this.sep = 4.5 * s;
        this.margin = 12 * s;
    }

    Result build() {
        LineageSelection sel = spec.selection();
        List<Model> models = sel.nodes();
        Messages messages = Messages.of(spec.language());
        int n = models.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] t = new double[n];
        String[] text = new String[n];
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            Model m = models.get(i);
            boolean centre = m.id().equals(sel.centre());
            double rr = centre ? r * CENTRE_MARKER : r;
            text[i] = m.name(spec.language());
            double w = measure.width(text[i], centre ? font * CENTRE_FONT : font, true);
            lo[i] = rr * SHAPE_REACH + (centre ? pad : 1);
            hi[i] = rr * SHAPE_REACH + pad + w + 2;
            t[i] = m.date().toFractionalYear();
            tMin = Math.min(tMin, t[i]);
            tMax = Math.max(tMax, t[i]);
        }
        double span = tMax - tMin;
        double start = tMin - Math.max(0.25, span * 0.02);
        double end = tMax + Math.max(0.25, span * 0.02);
        double maxLo = java.util.Arrays.stream(lo).max().orElse(0);
        double width = spec.width();
        // A corridor left of the first node and right of the last, where links can pass.
        double startPx = margin + gap / 2 + maxLo;
        double minAxis = 160 * spec.labelScale() * typeScale;
        double endPx = Math.max(startPx + minAxis, width - margin - gap);
        TimeScale axis = axis(start, end, startPx, endPx);
        for (int iter = 0; iter < 40; iter++) {
            int worst = -1;
            double over = 0;
            for (int i = 0; i < n; i++) {
                double o = axis.forward(t[i]) + hi[i] - (width - margin - gap);
                if (o > over) {
                    over = o;
                    worst = i;
                }
            }
            if (worst < 0 || over < 0.5) {
                break;
            }
            double frac = (axis.forward(t[worst]) - startPx) / (endPx - startPx);
            endPx -= over / Math.max(frac, 0.05);
            if (endPx - startPx < minAxis) {
                endPx = startPx + minAxis;
                axis = axis(start, end, startPx, endPx);
                break;
            }
            axis = axis(start, end, startPx, endPx);
        }
        List<NodeRows.Slot> slots = new ArrayList<>(n);
        Map<String, NodeRows.Slot> byId = new HashMap<>();
        double needWidth = width;
        for (int i = 0; i < n; i++) {
            double cx = axis.forward(t[i]);
            NodeRows.Slot s = new NodeRows.Slot(i, models.get(i), cx, cx - lo[i], cx + hi[i]);
            slots.add(s);
            byId.put(s.model.id(), s);
            needWidth = Math.max(needWidth, s.right + margin + gap);
        }
        Map<String, List<String>> parentsOf = new HashMap<>();
        for (LineageGraph.Edge e : sel.edges()) {
            parentsOf.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        double headerFont = font * 0.9;
        Map<Family, String> bandNames = new EnumMap<>(Family.class);
        Map<Family, Double> headerWidth = new EnumMap<>(Family.class);
        for (Model m : models) {
            bandNames.computeIfAbsent(m.family(), f -> messages.get("family." + f.id()));
            headerWidth.computeIfAbsent(m.family(), f -> measure.width(bandNames.get(f), headerFont, true) + 2);
        }
        List<NodeRows.Row> rows = NodeRows.pack(slots, parentsOf, gap, headerWidth, margin);
        EdgeRouter router = new EdgeRouter(rows, gap, sep, margin / 2 + sep / 2,
                Math.max(width, needWidth) - margin / 2 - sep / 2);
        List<EdgeRouter.Routed> routed = router.route(sel.edges(), byId);
        int[] tracks = ChannelTracks.assign(routed, rows.size() + 1, sep);

        double rowH = Math.max(measure.lineHeight(font * CENTRE_FONT), 2 * r * CENTRE_MARKER * SHAPE_REACH + 2);
        double headerH = measure.lineHeight(headerFont);
        double[] chTop = new double[rows.size() + 1];
        double[] chH = new double[rows.size() + 1];
        double[] rowTop = new double[rows.size()];
        for (int k = 0; k <= rows.size(); k++) {
            boolean bandEdge = k == rows.size() || rows.get(k).header;
            chH[k] = Math.max((tracks[k] + 1) * sep, bandEdge ? lineH * 0.6 : sep * 2);
        }
        double axisH = lineH * 1.2 + pad;
        double needHeight = stack(rows, chH, chTop, rowTop, rowH, headerH, margin / 2) + axisH + margin / 2;
        boolean fits = needHeight <= spec.height() + 0.5 && needWidth <= width + 0.5;
        if (fits) {
            // Room to spare: the channels open up (to a row's height more at most), so the links
            // spread out, and what is left centres the figure instead of leaving a strip at the top.
            double grow = Math.min(rowH, (spec.height() - needHeight) / chH.length);
            for (int k = 0; k < chH.length; k++) {
                chH[k] += grow;
            }
            double stacked = stack(rows, chH, chTop, rowTop, rowH, headerH, 0) + axisH;
            stack(rows, chH, chTop, rowTop, rowH, headerH, Math.max(margin / 2, (spec.height() - stacked) / 2));
        }
        double plotBottom = chTop[rows.size()] + chH[rows.size()];
        // Within half a pixel is a fit (the axis is fitted to the width by iteration).
        double outW = needWidth > width + 0.5 ? needWidth : width;
        double outH = needHeight > spec.height() + 0.5 ? needHeight : spec.height();
        Box plot = new Box(margin / 2, chTop[0], outW - margin, plotBottom - chTop[0]);

        List<LineagePlot.Node> nodes = new ArrayList<>(n);
        Map<String, LineagePlot.Node> nodeById = new HashMap<>();
        for (int i = 0; i < n; i++) {
            NodeRows.Slot s = slots.get(i);
            Model m = s.model;
            boolean centre = m.id().equals(sel.centre());
            double rr = centre ? r * CENTRE_MARKER : r;
            double f = centre ? font * CENTRE_FONT : font;
            double cy = rowTop[s.row] + rowH / 2;
            double boxH = Math.max(measure.lineHeight(f), 2 * rr * SHAPE_REACH + 2);
            Box box = new Box(s.left, cy - boxH / 2, s.right - s.left, boxH);
            double lh = measure.lineHeight(f);
            Box label = new Box(s.cx + rr * SHAPE_REACH + pad, cy - lh / 2, s.right - 2 - (s.cx + rr * SHAPE_REACH + pad), lh);
            LineagePlot.Node node = new LineagePlot.Node(m, m.family().id(), box, s.cx, cy, rr, label, text[i],
                    centre, sel.onPath(m.id()), spec.dimmed().contains(m.id()));
            nodes.add(node);
            nodeById.put(m.id(), node);
        }
        List<LineagePlot.Edge> edges = new ArrayList<>(routed.size());
        for (EdgeRouter.Routed rt : routed) {
            edges.add(polyline(rt, nodeById, chTop, chH, tracks));
        }
        List<LineagePlot.Band> bands = bands(rows, bandNames, chTop, chH, rowTop, headerH, plot);
        List<LineagePlot.Tick> ticks = ticks(axis, plotBottom + pad, outW);
        Optional<String> centre = Optional.ofNullable(sel.centre()).filter(nodeById::containsKey);
        LineagePlot result = new LineagePlot(outW, outH, LineagePlot.Fit.FITS, typeScale, font, nodes, edges, bands,
                ticks, plot, axis, centre);
        return new Result(result, fits, typeScale, Math.max(needHeight / spec.height(), needWidth / width));
    }

    /** Stacks channels and rows from {@code top}, filling in their tops; returns the bottom. */
    private static double stack(List<NodeRows.Row> rows, double[] chH, double[] chTop, double[] rowTop, double rowH,
            double headerH, double top) {
        double y = top;
        for (int k = 0; k <= rows.size(); k++) {
            chTop[k] = y;
            y += chH[k];
            if (k < rows.size()) {
                rowTop[k] = y;
                y += rows.get(k).header ? headerH : rowH;
            }
        }
        return y;
    }

    private TimeScale axis(double start, double end, double startPx, double endPx) {
        double knee = spec.eras().stream().filter(e -> e.id().equals(FOUNDATIONS))
                .mapToDouble(e -> org.genaitimeline.catalog.PartialDate.fractionalYear(e.end().plusDays(1).toEpochDay()))
                .findFirst().orElse(start);
        return TimeScale.compressedBefore(knee, FOUNDATIONS_SHARE, 8 * r, start, end, startPx, endPx);
    }

    private LineagePlot.Edge polyline(EdgeRouter.Routed rt, Map<String, LineagePlot.Node> nodes,
            double[] chTop, double[] chH, int[] tracks) {
        LineagePlot.Node p = nodes.get(rt.edge().from());
        LineagePlot.Node c = nodes.get(rt.edge().to());
        Polyline line = new Polyline();
        line.add(p.box().maxX(), p.cy());
        if (rt.chain()) {
            line.add(c.box().x(), c.cy());
        } else {
            line.add(rt.outX(), p.cy());
            double lastY = p.cy();
            for (EdgeRouter.Leg leg : rt.legs()) {
                int track = leg.track;
                // The channel's tracks are centred in it, a run of no length on its middle.
                double mid = chTop[leg.channel] + chH[leg.channel] / 2;
                double ly = track < 0 ? mid : mid + (track - (tracks[leg.channel] - 1) / 2.0) * sep;
                line.add(leg.x0, ly);
                line.add(leg.x1, ly);
                lastY = ly;
            }
            // Links from above enter left of the marker's middle, from below right of it: two
            // nodes of one date in adjacent rows never have their stubs run into one line.
            double reach = c.r() * 1.2; // just clear of every shape's outline at that x
            boolean fromAbove = lastY < c.cy();
            double x = c.cx() + (fromAbove ? -c.r() / 2 : c.r() / 2);
            line.add(x, lastY);
            line.add(x, fromAbove ? c.cy() - reach : c.cy() + reach);
        }
        boolean onPath = spec.selection().onPath(rt.edge());
        return new LineagePlot.Edge(rt.edge().from(), rt.edge().to(), line.xs(), line.ys(), onPath);
    }

    private static List<LineagePlot.Band> bands(List<NodeRows.Row> rows, Map<Family, String> names, double[] chTop,
            double[] chH, double[] rowTop, double headerH, Box plot) {
        List<LineagePlot.Band> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            NodeRows.Row header = rows.get(k);
            if (!header.header) {
                continue;
            }
            int last = k + 1;
            while (last < rows.size() && !rows.get(last).header) {
                last++;
            }
            double top = chTop[k] + chH[k] / 2;
            double bottom = chTop[last] + chH[last] / 2;
            Box label = new Box(header.headerLeft, rowTop[k], header.headerRight - header.headerLeft, headerH);
            out.add(new LineagePlot.Band(header.family.id(), names.get(header.family),
                    new Box(plot.x(), top, plot.w(), bottom - top), label));
        }
        return out;
    }

    private List<LineagePlot.Tick> ticks(TimeScale axis, double y, double width) {
        List<LineagePlot.Tick> out = new ArrayList<>();
        double tickFont = font * 1.05;
        for (TimeTicks.Tick tick : TimeTicks.of(axis, measure.width("0000", tickFont, true) * 1.8)) {
            if (!tick.major()) {
                continue;
            }
            String label = Integer.toString(tick.year());
            double x = axis.forward(tick.time());
            double w = measure.width(label, tickFont, true);
            Box box = new Box(x - w / 2, y, w, measure.lineHeight(tickFont));
            // A year cut by the edge reads as another number, two years run together as one
            // (the compressed foundations): leave such a year out.
            boolean crowded = !out.isEmpty() && out.get(out.size() - 1).box().maxX() + tickFont > box.x();
            if (crowded && axis.hasKnee() && out.get(out.size() - 1).x() < axis.kneePx() && x >= axis.kneePx()) {
                out.remove(out.size() - 1); // the linear stretch's first year says more than a compressed one
                crowded = !out.isEmpty() && out.get(out.size() - 1).box().maxX() + tickFont > box.x();
            }
            if (x - w / 2 < 0 || x + w / 2 > width || crowded) {
                continue;
            }
            out.add(new LineagePlot.Tick(x, label, box));
        }
        return out;
    }

    /** Corners of a link, dropping repeats and straight-through corners. */
    private static final class Polyline {
        private final List<double[]> pts = new ArrayList<>();

        void add(double x, double y) {
            int n = pts.size();
            if (n > 0 && pts.get(n - 1)[0] == x && pts.get(n - 1)[1] == y) {
                return;
            }
            if (n >= 2) {
                double[] a = pts.get(n - 2);
                double[] b = pts.get(n - 1);
                if ((a[0] == b[0] && b[0] == x) || (a[1] == b[1] && b[1] == y)) {
                    pts.set(n - 1, new double[] {x, y});
                    return;
                }
            }
            pts.add(new double[] {x, y});
        }

        double[] xs() {
            return pts.stream().mapToDouble(p -> p[0]).toArray();
        }

        double[] ys() {
            return pts.stream().mapToDouble(p -> p[1]).toArray();
        }
    }
}
