package org.genaitimeline.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * Paints a {@link TimelineLayout} on a {@link Surface}: the screen's canvas and the PNG/SVG
 * exports run this same code. Colours come from the {@link Palette} (the era bands from the
 * catalog's era colours, faded by the theme's {@code -era-band-opacity}); 1px lines sit on
 * half pixels so they stay crisp. Only the items inside the visible range are painted.
 */
public final class TimelinePainter {

    private TimelinePainter() {
    }

    /**
     * Two zig-zags across the axis edge at the knee with a gap between them, the usual mark of
     * a broken scale: the reader sees that the years before it are compressed.
     */
    private static void paintScaleBreak(Surface s, TimelineLayout l, Palette p, double lw, double font) {
        boolean vertical = l.orientation() == Orientation.VERTICAL;
        Box plot = l.plot();
        double gap = font / 4;
        double zig = font / 4;
        // from the outer side of the era strip to a little inside the plot
        double from = vertical ? plot.x() - font * 0.6 : plot.maxY() + font * 0.6;
        double to = vertical ? plot.x() + font * 0.6 : plot.maxY() - font * 0.6;
        int n = 4;
        double[] across = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            across[i] = from + (to - from) * i / n;
        }
        double at = l.axis().kneePx();
        s.setFill(p.background());
        if (vertical) {
            s.fillRect(from, at - gap, to - from, 2 * gap);
        } else {
            s.fillRect(at - gap, to, 2 * gap, from - to);
        }
        s.setStroke(p.muted());
        s.setLineWidth(1.5 * lw);
        for (double side : new double[] {-gap, gap}) {
            double[] along = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                along[i] = at + side + (i % 2 == 0 ? -zig : zig) / 2;
            }
            s.strokePolyline(vertical ? across : along, vertical ? along : across, n + 1);
        }
    }

    /** The base layer: background, era bands, grid, axis, circles, labels, badges, legend. */
    public static void paint(Surface s, TimelineLayout l, Palette p) {
        double lw = p.strokeScale();
        double font = l.fontSize();
        s.setFill(p.background());
        s.fillRect(0, 0, s.width(), s.height());
        Box plot = l.plot();
        boolean vertical = l.orientation() == Orientation.VERTICAL;

        s.beginGroup("eras");
        double opacity = p.number("-era-band-opacity", 1);
        // A theme without era bands (Book: the print has none) leaves out their names too.
        boolean eras = opacity > 0;
        for (TimelineLayout.EraBand e : eras ? l.eraBands() : List.<TimelineLayout.EraBand>of()) {
            Color c = Color.web(e.era().color());
            s.setFill(c);
            s.setGlobalAlpha(opacity);
            s.fillRect(e.band().x(), e.band().y(), e.band().w(), e.band().h());
            s.setGlobalAlpha(1);
            s.fillRect(e.strip().x(), e.strip().y(), e.strip().w(), e.strip().h());
        }
        s.endGroup();

        s.beginGroup("grid");
        GridLines.paint(s, l, p, lw);
        s.setStroke(p.grid());
        s.setLineWidth(lw);
        for (int i = 1; i < l.lanes().size(); i++) {
            double c = crisp(l.lanes().get(i).start(), lw);
            if (vertical) {
                s.strokeLine(c, plot.y(), c, plot.maxY());
            } else {
                s.strokeLine(plot.x(), c, plot.maxX(), c);
            }
        }
        s.endGroup();

        s.beginGroup("axis");
        // The print's year numbers are larger than the app's; the gutter leaves room for either.
        double yearScale = p.number("-axis-year-scale", 1.15);
        s.setFill(p.muted());
        s.setTextAlign(vertical ? TextAlignment.RIGHT : TextAlignment.CENTER);
        s.setTextBaseline(vertical ? VPos.CENTER : VPos.TOP);
        for (TimelineLayout.AxisLabel a : l.axisLabels()) {
            s.setFont(a.major() ? font * yearScale : font * 0.9, a.major());
            s.fillText(a.text(), a.x(), a.y());
        }
        if (l.axis().hasKnee()) {
            paintScaleBreak(s, l, p, lw, font);
        }
        s.endGroup();

        s.beginGroup("era-names");
        s.setFill(p.muted());
        s.setFont(font, false);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        for (TimelineLayout.EraBand e : eras ? l.eraBands() : List.<TimelineLayout.EraBand>of()) {
            if (e.label() != null) {
                s.fillText(e.name(), e.label().x() + 1, e.label().centerY());
            }
        }
        s.endGroup();

        // A clip makes the software renderer composite every command drawn through it with a
        // mask (a frame took three to ten times as long): markers over the plot's edge (the
        // items culled to the visible range plus a marker's reach) are cropped instead, and
        // only a label or badge over the edge (rare) is painted clipped.
        Edges edges = Edges.of(l, lw);
        paintModels(s, l, p, lw, font, edges, false);
        if (edges.anyClipped()) {
            s.save();
            s.clipRect(plot.x(), plot.y(), plot.w(), plot.h());
            paintModels(s, l, p, lw, font, edges, true);
            s.restore();
        }

        if (!l.legend().isEmpty()) {
            paintLegend(s, l, p, lw, font);
        }
        if (l.emptyText() != null) {
            s.setFill(p.muted());
            s.setFont(font * 1.2, false);
            s.setTextAlign(TextAlignment.CENTER);
            s.setTextBaseline(VPos.CENTER);
            s.fillText(l.emptyText(), plot.centerX(), plot.centerY());
        }
    }

    /**
     * Each model inside the plot (or, {@code atEdge}, reaching over its edge) as one group:
     * marker, leader, label; then each badge as one group.
     */
    private static void paintModels(Surface s, TimelineLayout l, Palette p, double lw, double font, Edges edges,
            boolean atEdge) {
        int[] range = l.visibleRange();
        boolean[] edge = edges.clipped();
        s.beginGroup("models");
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        s.setFont(font, true);
        Color dimmed = p.color("-color-dimmed");
        Color subtle = p.color("-color-fg-subtle");
        for (int i = range[0]; i < range[1]; i++) {
            if (edge[i - range[0]] != atEdge) {
                continue;
            }
            TimelineLayout.Item it = l.items().get(i);
            if (!it.drawn()) {
                // Folded into its crowd's badge, which lists it (data-members in an SVG).
                continue;
            }
            s.beginModelGroup(it.model().id(), it.model().name(l.spec().language()));
            // Stamped from a pre-rendered image on a canvas (real shapes in SVG): a fraction of the cost.
            Color fill = it.dimmed() ? dimmed : p.familyById(it.laneId());
            Color outline = it.dimmed() ? dimmed : p.foreground();
            MarkerShape shape = MarkerShape.ofId(it.laneId(), p);
            if (edges.cropped()[i - range[0]]) {
                s.marker(shape, it.x(), it.y(), it.r(), fill, outline, lw, 1, l.plot());
            } else {
                s.marker(shape, it.x(), it.y(), it.r(), fill, outline, lw, 1);
            }
            TimelineLayout.Label label = it.label();
            if (label != null) {
                s.setLineWidth(lw);
                s.setStroke(p.muted());
                label.leader().ifPresent(line -> leader(s, line));
                s.setFill(it.dimmed() ? subtle : p.foreground());
                if (label.fontSize() != font) {
                    s.setFont(label.fontSize(), true);
                }
                s.fillText(label.text(), label.box().x() + 1, label.box().centerY());
                if (label.fontSize() != font) {
                    s.setFont(font, true);
                }
            }
            s.endGroup();
        }
        s.endGroup();
        s.beginGroup("clusters");
        s.setTextAlign(TextAlignment.CENTER);
        s.setLineWidth(lw);
        for (int k = 0; k < l.badges().size(); k++) {
            if (edges.badges()[k] != atEdge) {
                continue;
            }
            TimelineLayout.Badge c = l.badges().get(k);
            Box b = c.box();
            s.beginBadgeGroup(c.memberIds(), c.text());
            s.setStroke(p.muted());
            c.leader().ifPresent(line -> leader(s, line));
            s.setFill(p.color("-color-bg-subtle"));
            s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), b.h() / 2);
            s.strokeRoundRect(crisp(b.x(), lw), crisp(b.y(), lw), Math.round(b.w()), Math.round(b.h()), b.h() / 2);
            s.setFill(p.foreground());
            s.fillText(c.text(), b.centerX(), b.centerY());
            s.endGroup();
        }
        s.endGroup();
    }

    /**
     * Which visible items (indexed from the visible range's start) and badges reach over the
     * plot's edge: {@code cropped} a marker (with its outline) alone, painted cut to the plot;
     * {@code clipped} a label (the item then paints wholly through a clip) or a badge.
     */
    record Edges(boolean[] cropped, boolean[] clipped, boolean[] badges, boolean anyClipped) {
        static Edges of(TimelineLayout l, double lineWidth) {
            int[] range = l.visibleRange();
            Box plot = l.plot();
            boolean any = false;
            boolean[] cropped = new boolean[range[1] - range[0]];
            boolean[] clipped = new boolean[range[1] - range[0]];
            for (int i = range[0]; i < range[1]; i++) {
                TimelineLayout.Item it = l.items().get(i);
                // The triangles reach 1.55 r from the centre.
                boolean marker = it.drawn() && !plot.encloses(Box.around(it.x(), it.y(), it.r() * 1.6 + lineWidth));
                boolean label = LayoutHits.atEdge(it, plot);
                clipped[i - range[0]] = label;
                cropped[i - range[0]] = marker && !label;
                any |= label;
            }
            boolean[] clusters = new boolean[l.badges().size()];
            for (int k = 0; k < clusters.length; k++) {
                TimelineLayout.Badge c = l.badges().get(k);
                clusters[k] = LayoutHits.atEdge(c, plot);
                any |= clusters[k];
            }
            return new Edges(cropped, clipped, clusters, any);
        }
    }

    private static void paintLegend(Surface s, TimelineLayout l, Palette p, double lw, double font) {
        s.beginGroup("legend");
        s.setFill(p.foreground());
        s.setFont(font, true);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        s.fillText(l.legendTitleText(), l.legendTitle().x(), l.legendTitle().centerY());
        s.setLineWidth(lw);
        s.setStroke(p.foreground());
        for (TimelineLayout.LegendEntry e : l.legend()) {
            s.setFill(p.familyById(e.laneId()));
            MarkerShape shape = MarkerShape.ofId(e.laneId(), p);
            shape.fill(s, e.cx(), e.cy(), e.r());
            shape.stroke(s, e.cx(), e.cy(), e.r());
            s.setFill(p.foreground());
            s.setFont(font, false);
            s.fillText(e.text(), e.textBox().x(), e.textBox().centerY());
        }
        s.endGroup();
    }

    /** A leader line exactly as the layout checked it against the markers and labels it must not cross. */
    private static void leader(Surface s, LabelPlacer.Leader line) {
        if (line.stepped()) {
            s.strokePolyline(new double[] {line.fromX(), line.bendX(), line.toX()},
                    new double[] {line.fromY(), line.bendY(), line.toY()}, 3);
        } else {
            s.strokeLine(line.fromX(), line.fromY(), line.toX(), line.toY());
        }
    }

    /** A coordinate on the pixel grid for a line of this width: half pixels for odd widths. */
    static double crisp(double v, double lineWidth) {
        return Math.round(lineWidth) % 2 == 1 ? Math.floor(v) + 0.5 : Math.round(v);
    }
}
