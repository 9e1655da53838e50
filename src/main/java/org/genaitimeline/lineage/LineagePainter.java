package org.genaitimeline.lineage;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * Paints a {@link LineagePlot} on a {@link Surface}: the tab's canvas and the PNG and SVG exports
 * run this same code. Colours and marker shapes are the timeline's, from the {@link Palette}
 * (family colour filled, outlined in the foreground colour; circles only in the Book theme). In
 * SVG every node is one {@code <g data-id>} group (marker, name and a {@code <title>}) and every
 * link one {@code <g data-edge="from>to">} group, so a slide editor moves each as one piece.
 */
public final class LineagePainter {

    /** How faint a family's band is behind its nodes. */
    private static final double BAND_ALPHA = 0.07;
    /** Links off the highlighted routes, in path mode. */
    private static final double OFF_PATH_ALPHA = 0.3;

    private LineagePainter() {
    }

    /** The whole figure: background, bands, year lines, axis, links, then nodes over them. */
    public static void paint(Surface s, LineagePlot plot, Palette p) {
        double lw = p.strokeScale();
        double font = plot.fontSize();
        s.setFill(p.background());
        s.fillRect(0, 0, s.width(), s.height());
        if (plot.isEmpty()) {
            return;
        }
        Box area = plot.plot();
        s.beginGroup("bands");
        for (LineagePlot.Band b : plot.bands()) {
            s.setFill(p.familyById(b.familyId()));
            s.setGlobalAlpha(BAND_ALPHA);
            s.fillRect(b.box().x(), b.box().y(), b.box().w(), b.box().h());
            s.setGlobalAlpha(1);
        }
        // No line between bands: a link may run along the channel where two bands meet.
        s.endGroup();

        s.beginGroup("axis");
        s.setStroke(p.grid());
        // Year lines stay thinner than the links (the projector theme doubles every stroke).
        s.setLineWidth(Math.max(1, lw / 2));
        s.setFill(p.muted());
        s.setFont(font * 1.05, true);
        s.setTextAlign(TextAlignment.CENTER);
        s.setTextBaseline(VPos.TOP);
        for (LineagePlot.Tick t : plot.ticks()) {
            double x = crisp(t.x(), Math.max(1, lw / 2));
            s.strokeLine(x, area.y(), x, area.maxY());
            s.fillText(t.text(), t.box().centerX(), t.box().y());
        }
        if (plot.time().hasKnee()) {
            scaleBreak(s, plot.time().kneePx(), area.maxY(), font, p, lw);
        }
        s.endGroup();

        s.beginGroup("band-names");
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        s.setFont(font * 0.9, true);
        for (LineagePlot.Band b : plot.bands()) {
            // The name sits on a chip of its band's tint, so a year line does not run through it.
            Box chip = b.labelBox().inflate(1);
            s.setFill(p.background());
            s.fillRect(chip.x(), chip.y(), chip.w(), chip.h());
            s.setFill(p.familyById(b.familyId()));
            s.setGlobalAlpha(BAND_ALPHA);
            s.fillRect(chip.x(), chip.y(), chip.w(), chip.h());
            s.setGlobalAlpha(1);
        }
        for (LineagePlot.Band b : plot.bands()) {
            s.setFill(p.muted());
            s.fillText(b.label(), b.labelBox().x() + 1, b.labelBox().centerY());
        }
        s.endGroup();

        Map<String, String> names = new HashMap<>();
        plot.nodes().forEach(n -> names.put(n.id(), n.text()));
        boolean pathMode = plot.edges().stream().anyMatch(LineagePlot.Edge::onPath);
        s.beginGroup("edges");
        for (boolean path : new boolean[] {false, true}) {
            if (path) {
                s.beginGroup("on-path"); // the highlighted routes over the rest, one group in SVG
            }
            for (LineagePlot.Edge e : plot.edges()) {
                if (e.onPath() == path) {
                    paintEdge(s, e, p, lw, pathMode, names);
                }
            }
            if (path) {
                s.endGroup();
            }
        }
        s.endGroup();

        s.beginGroup("nodes");
        for (LineagePlot.Node n : plot.nodes()) {
            paintNode(s, n, p, lw, font, pathMode);
        }
        s.endGroup();
    }

    private static void paintEdge(Surface s, LineagePlot.Edge e, Palette p, double lw, boolean pathMode,
            Map<String, String> names) {
        s.beginEdgeGroup(e.from(), e.to(), names.get(e.from()) + " \u2192 " + names.get(e.to()));
        Color c = e.onPath() ? p.accent() : p.muted();
        double width = e.onPath() ? 2.5 * lw : 1.25 * lw;
        s.setGlobalAlpha(pathMode && !e.onPath() ? OFF_PATH_ALPHA : 1);
        s.setStroke(c);
        s.setFill(c);
        s.setLineWidth(width);
        s.strokePolyline(e.xs(), e.ys(), e.corners());
        arrow(s, e, 4 + 2 * width);
        s.setGlobalAlpha(1);
        s.endGroup();
    }

    /** A small head at the child's end, pointing along the last segment: which way the lineage runs. */
    private static void arrow(Surface s, LineagePlot.Edge e, double size) {
        int n = e.corners();
        double x = e.x(n - 1);
        double y = e.y(n - 1);
        double dx = x - e.x(n - 2);
        double dy = y - e.y(n - 2);
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        dx /= len;
        dy /= len;
        double bx = x - dx * size;
        double by = y - dy * size;
        s.fillPolygon(new double[] {x, bx - dy * size / 2, bx + dy * size / 2},
                new double[] {y, by + dx * size / 2, by - dx * size / 2}, 3);
    }

    private static void paintNode(Surface s, LineagePlot.Node n, Palette p, double lw, double font, boolean pathMode) {
        s.beginModelGroup(n.id(), n.text());
        Color fill = n.dimmed() ? p.color("-color-dimmed") : p.familyById(n.familyId());
        MarkerShape shape = MarkerShape.ofId(n.familyId(), p);
        if (n.centre() || (pathMode && n.onPath())) {
            // A ring in the selection colour marks the centre (and the routes' models in path mode).
            s.setStroke(p.accent());
            s.setLineWidth((n.centre() ? 2.5 : 1.5) * lw);
            s.strokeCircle(n.cx(), n.cy(), n.r() * PlotBuilder.SHAPE_REACH);
        }
        s.marker(shape, n.cx(), n.cy(), n.r(), fill, n.dimmed() ? fill : p.foreground(), lw, 1);
        s.setFill(n.dimmed() ? p.color("-color-fg-subtle") : p.foreground());
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        s.setFont(n.centre() ? font * PlotBuilder.CENTRE_FONT : font, true);
        s.fillText(n.text(), n.label().x(), n.label().centerY());
        s.endGroup();
    }

    /** Two slanted strokes across the axis where the compressed foundations end, the usual mark of a broken scale. */
    private static void scaleBreak(Surface s, double x, double y, double font, Palette p, double lw) {
        double h = font * 0.5;
        double gap = font * 0.25;
        s.setFill(p.background());
        s.fillRect(x - gap, y - h, 2 * gap, 2 * h);
        s.setStroke(p.muted());
        s.setLineWidth(1.5 * lw);
        for (double side : new double[] {-gap, gap}) {
            s.strokeLine(x + side - h / 3, y + h, x + side + h / 3, y - h);
        }
    }

    /** A coordinate on the pixel grid for a line of this width: half pixels for odd widths. */
    private static double crisp(double v, double lineWidth) {
        return Math.round(lineWidth) % 2 == 1 ? Math.floor(v) + 0.5 : Math.round(v);
    }
}
