package org.genaitimeline.growth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * Paints a {@link GrowthLayout} on a {@link Surface}: the canvas on screen, a PNG or an SVG
 * file. Colours come from the {@link Palette} (the theme's tokens), sizes from the layout.
 * The chart is painted by {@link #paint}; the selection (ring and lineage) and the hover card
 * by {@link #paintSelection} and {@link #paintHover}, which the view puts on an overlay so
 * that moving the mouse does not repaint the chart.
 */
public final class GrowthPainter {

    private GrowthPainter() {
    }

    /** The whole chart without selection or hover. */
    public static void paint(Surface s, GrowthLayout l, Palette p) {
        double stroke = p.strokeScale();
        s.setFill(p.background());
        s.fillRect(0, 0, s.width(), s.height());
        axes(s, l, p, stroke);
        s.beginGroup("trends");
        s.save();
        s.clipRect(l.plot().x(), l.plot().y(), l.plot().w(), l.plot().h());
        s.setLineWidth(2 * stroke);
        s.setLineDashes(8 * stroke, 5 * stroke);
        s.setGlobalAlpha(0.85);
        for (GrowthLayout.TrendLine t : l.trends()) {
            s.setStroke(p.family(t.trend().series()));
            s.strokePolyline(t.xs(), t.ys(), t.xs().length);
        }
        s.restore();
        s.endGroup();
        points(s, l, p, stroke);
        labels(s, l, p, stroke);
        // Figure 14-3 as printed has no legend box: its caption names the colours.
        if (!l.options().chart().bookFigureOnly()) {
            legend(s, l, p);
        }
        notes(s, l, p);
        if (l.points().isEmpty()) {
            s.setFill(p.muted());
            s.setFont(l.sizes().legend() * 1.2, false);
            s.setTextAlign(TextAlignment.CENTER);
            s.setTextBaseline(VPos.CENTER);
            s.fillText(l.text().empty(), l.plot().centerX(), l.plot().centerY());
        }
    }

    private static void axes(Surface s, GrowthLayout l, Palette p, double stroke) {
        Box plot = l.plot();
        GrowthSizes z = l.sizes();
        s.beginGroup("axes");
        s.setLineWidth(stroke);
        s.setLineDashes();
        s.setStroke(p.grid());
        for (GrowthLayout.Tick t : l.yTicks()) {
            double y = half(t.pixel());
            s.strokeLine(plot.x(), y, plot.maxX(), y);
        }
        s.setStroke(p.color("-color-grid-strong"));
        s.strokeLine(plot.x(), half(plot.maxY()), plot.maxX(), half(plot.maxY()));
        s.strokeLine(half(plot.x()), plot.y(), half(plot.x()), plot.maxY());
        for (GrowthLayout.Tick t : l.xTicks()) {
            double x = half(t.pixel());
            s.strokeLine(x, plot.maxY(), x, plot.maxY() + 5);
        }
        s.setFill(p.muted());
        s.setFont(z.tick(), false);
        s.setTextAlign(TextAlignment.RIGHT);
        s.setTextBaseline(VPos.CENTER);
        for (GrowthLayout.Tick t : l.yTicks()) {
            s.fillText(t.label(), plot.x() - 8, t.pixel());
        }
        s.setTextAlign(TextAlignment.CENTER);
        s.setTextBaseline(VPos.TOP);
        for (GrowthLayout.Tick t : l.xTicks()) {
            s.fillText(t.label(), t.pixel(), plot.maxY() + 8);
        }
        double tickLine = l.measure().lineHeight(z.tick());
        s.fillText(l.text().xTitle(), plot.centerX(), plot.maxY() + 8 + tickLine + 2);
        // Surface has no rotation (SVG and canvas must agree): the y title sits above the axis.
        s.setTextAlign(TextAlignment.LEFT);
        s.fillText(l.text().yTitle(l.sizeUnit()), 8, 6);
        s.endGroup();
    }

    private static void points(Surface s, GrowthLayout l, Palette p, double stroke) {
        double r = l.sizes().radius();
        double alpha = l.pointAlpha();
        // A dense chart's translucent dots go without the outline, which would only grey the cloud.
        Color outline = l.dense() || !p.pointOutline() ? null : p.background();
        s.beginGroup("points");
        s.setLineDashes();
        for (GrowthLayout.PlacedPoint pt : l.points()) {
            // One group per model, as on the timeline: an SVG export says which point is which.
            s.beginModelGroup(pt.point().model().id(), pt.point().name() + " " + l.sizeLabel(pt.point()));
            s.marker(MarkerShape.of(pt.point().series(), p), pt.x(), pt.y(), r, p.family(pt.point().series()), outline,
                    stroke, alpha);
            s.endGroup();
        }
        s.endGroup();
    }

    private static void labels(Surface s, GrowthLayout l, Palette p, double stroke) {
        GrowthSizes z = l.sizes();
        double nameLine = l.measure().lineHeight(z.name());
        s.beginGroup("labels");
        s.setLineWidth(stroke);
        s.setStroke(p.muted());
        for (GrowthLayout.PlacedPoint pt : l.points()) {
            pt.label().filter(LabelPlacer.Placement::leader).ifPresent(lab -> {
                double dx = lab.leaderX() - pt.x();
                double dy = lab.leaderY() - pt.y();
                double len = Math.hypot(dx, dy);
                double f = len == 0 ? 0 : z.radius() / len;
                s.strokeLine(pt.x() + dx * f, pt.y() + dy * f, lab.leaderX(), lab.leaderY());
            });
        }
        if (l.dense()) {
            // A dense chart's labels sit in the gaps of a cloud crossed by grid and trend lines: a veil keeps them legible.
            s.setFill(p.background());
            s.setGlobalAlpha(0.75);
            for (GrowthLayout.PlacedPoint pt : l.points()) {
                pt.label().ifPresent(lab -> s.fillRect(lab.box().x(), lab.box().y(), lab.box().w(), lab.box().h()));
            }
            s.setGlobalAlpha(1);
        }
        s.setFill(p.foreground());
        s.setTextAlign(TextAlignment.CENTER);
        s.setTextBaseline(VPos.TOP);
        for (GrowthLayout.PlacedPoint pt : l.points()) {
            if (pt.label().isEmpty()) {
                continue;
            }
            Box b = pt.label().get().box();
            s.setFont(z.name(), true);
            s.fillText(pt.point().name(), b.centerX(), b.y());
            s.setFont(z.size(), false);
            s.fillText(l.sizeLabel(pt.point()), b.centerX(), b.y() + nameLine * 0.92);
        }
        s.endGroup();
    }

    private static void legend(Surface s, GrowthLayout l, Palette p) {
        Box b = l.legend();
        if (b.w() <= 0) {
            return;
        }
        GrowthSizes z = l.sizes();
        s.beginGroup("legend");
        s.setFill(p.background());
        s.setGlobalAlpha(0.92);
        s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8);
        s.setGlobalAlpha(1);
        s.setStroke(p.color("-color-border-default"));
        s.setLineWidth(p.strokeScale());
        s.strokeRoundRect(half(b.x()), half(b.y()), b.w(), b.h(), 8);
        double swatch = z.legend();
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        for (GrowthLayout.LegendRow row : l.legendRows()) {
            double tx = b.x() + 10 + swatch + 6;
            if (row.heading()) {
                s.setFill(p.family(row.series()));
                MarkerShape.of(row.series(), p).fill(s, b.x() + 10 + swatch / 2,
                        row.y() + l.measure().lineHeight(z.legend()) / 2, swatch / 2);
                s.setFill(p.foreground());
                s.setFont(z.legend(), true);
            } else {
                s.setFill(p.muted());
                s.setFont(z.legend(), false);
            }
            s.fillText(row.text(), tx, row.y());
        }
        s.endGroup();
    }

    private static void notes(Surface s, GrowthLayout l, Palette p) {
        GrowthSizes z = l.sizes();
        double line = l.measure().lineHeight(z.note());
        double y = l.height() - 8 - l.notes().size() * line;
        s.beginGroup("notes");
        s.setFill(p.muted());
        s.setFont(z.note(), false);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        for (String n : l.notes()) {
            s.fillText(n, 12, y);
            y += line;
        }
        s.endGroup();
    }

    /** The selected point ringed, with lines to the plotted models it builds on and that built on it. */
    public static void paintSelection(Surface s, GrowthLayout l, Palette p, Model selected, Catalog catalog) {
        Optional<GrowthLayout.PlacedPoint> sel = l.pointOf(selected);
        if (sel.isEmpty()) {
            return;
        }
        double stroke = p.strokeScale();
        double r = l.sizes().radius();
        Map<String, GrowthLayout.PlacedPoint> byId = new HashMap<>(l.points().stream()
                .collect(Collectors.toMap(pt -> pt.point().model().id(), pt -> pt, (a, b) -> a)));
        List<Lineage.Link> links = Lineage.of(selected, byId.keySet(), catalog);
        s.setStroke(p.accent());
        s.setLineWidth(1.5 * stroke);
        for (Lineage.Link link : links) {
            GrowthLayout.PlacedPoint a = byId.get(link.fromId());
            GrowthLayout.PlacedPoint b = byId.get(link.toId());
            if (link.direct()) {
                s.setLineDashes();
            } else {
                s.setLineDashes(4 * stroke, 4 * stroke);
            }
            // From edge to edge, half transparent: the line must not hide the labels it passes.
            double len = Math.max(1e-9, Math.hypot(b.x() - a.x(), b.y() - a.y()));
            double ux = (b.x() - a.x()) / len * (r + 2);
            double uy = (b.y() - a.y()) / len * (r + 2);
            s.setGlobalAlpha(0.6);
            s.strokeLine(a.x() + ux, a.y() + uy, b.x() - ux, b.y() - uy);
            s.setGlobalAlpha(1);
            GrowthLayout.PlacedPoint other = a == sel.get() ? b : a;
            s.setLineDashes();
            s.strokeCircle(other.x(), other.y(), r + 2);
        }
        s.setLineDashes();
        s.setLineWidth(3 * stroke);
        s.strokeCircle(sel.get().x(), sel.get().y(), r + 4);
    }

    /** A card beside the hovered point: name, date, developer, size. */
    public static void paintHover(Surface s, GrowthLayout l, Palette p, Model hovered) {
        Optional<GrowthLayout.PlacedPoint> hit = l.pointOf(hovered);
        if (hit.isEmpty()) {
            return;
        }
        GrowthLayout.PlacedPoint pt = hit.get();
        GrowthSizes z = l.sizes();
        double r = z.radius();
        s.setStroke(p.foreground());
        s.setLineWidth(p.strokeScale());
        s.setLineDashes();
        s.strokeCircle(pt.x(), pt.y(), r + 1);
        List<String> lines = l.text().card(pt.point());
        double line = l.measure().lineHeight(z.legend());
        double w = l.measure().width(pt.point().name(), z.legend(), true);
        for (String t : lines) {
            w = Math.max(w, l.measure().width(t, z.legend(), false));
        }
        w += 20;
        double h = (lines.size() + 1) * line + 14;
        double x = pt.x() + r + 10;
        double y = pt.y() + r + 6;
        if (x + w > s.width() - 4) {
            x = pt.x() - r - 10 - w;
        }
        if (y + h > s.height() - 4) {
            y = pt.y() - r - 6 - h;
        }
        x = Math.max(4, x);
        y = Math.max(4, y);
        s.setFill(p.color("-color-bg-subtle"));
        s.fillRoundRect(x, y, w, h, 8);
        s.setStroke(p.color("-color-border-default"));
        s.strokeRoundRect(half(x), half(y), w, h, 8);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        s.setFill(p.foreground());
        s.setFont(z.legend(), true);
        s.fillText(pt.point().name(), x + 10, y + 7);
        s.setFont(z.legend(), false);
        s.setFill(p.muted());
        for (int i = 0; i < lines.size(); i++) {
            s.fillText(lines.get(i), x + 10, y + 7 + (i + 1) * line);
        }
    }

    /** A 1 px line sits on a half pixel to stay crisp. */
    private static double half(double v) {
        return Math.floor(v) + 0.5;
    }
}
