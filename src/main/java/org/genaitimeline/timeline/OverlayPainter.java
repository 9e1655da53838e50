package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Palette;

/**
 * The thin top layer: selection and hover rings, the selected model's lineage arrows and the
 * hover card. Repainted alone when the pointer moves, so the base layer is not redrawn.
 */
final class OverlayPainter {

    private OverlayPainter() {
    }

    static void paint(Surface s, TimelineLayout l, Palette p, Model selected, Model hovered, boolean lineage,
            Language language) {
        double lw = p.strokeScale();
        Box plot = l.plot();
        s.save();
        s.clipRect(plot.x(), plot.y(), plot.w(), plot.h());
        Optional<TimelineLayout.Item> sel = selected == null ? Optional.empty() : l.item(selected.id());
        // Arrows join drawn markers only: a folded one is not on screen to point at.
        if (sel.isPresent() && sel.get().drawn() && lineage) {
            s.setStroke(p.accent());
            s.setFill(p.accent());
            s.setLineWidth(1.5 * lw);
            for (TimelineLayout.Item parent : parents(l, sel.get())) {
                arrow(s, parent, sel.get(), lw);
            }
            for (TimelineLayout.Item child : children(l, sel.get())) {
                arrow(s, sel.get(), child, lw);
            }
        }
        sel.ifPresent(it -> {
            s.setStroke(p.accent());
            s.setLineWidth(2.5 * lw);
            if (it.drawn()) {
                s.strokeCircle(it.x(), it.y(), it.r() + 3 * lw);
            } else if (it.badge() >= 0) {
                // Folded into a crowd: the ring goes round the badge that holds it, until a zoom shows it.
                Box b = l.badges().get(it.badge()).box();
                double m = 3 * lw;
                s.strokeRoundRect(b.x() - m, b.y() - m, b.w() + 2 * m, b.h() + 2 * m, b.h() / 2 + m);
            }
        });
        Optional<TimelineLayout.Item> hov = hovered == null ? Optional.empty() : l.item(hovered.id());
        hov.ifPresent(it -> {
            s.setStroke(p.foreground());
            s.setLineWidth(1.5 * lw);
            s.strokeCircle(it.x(), it.y(), it.r() + 2 * lw);
        });
        s.restore();
        hov.ifPresent(it -> card(s, l, p, it, language));
    }

    /** The shown models the item builds on. */
    static List<TimelineLayout.Item> parents(TimelineLayout l, TimelineLayout.Item it) {
        List<TimelineLayout.Item> out = new ArrayList<>();
        for (String id : it.model().buildsOn()) {
            l.item(id).filter(TimelineLayout.Item::drawn).ifPresent(out::add);
        }
        return out;
    }

    /** The shown models that build on the item. */
    static List<TimelineLayout.Item> children(TimelineLayout l, TimelineLayout.Item it) {
        List<TimelineLayout.Item> out = new ArrayList<>();
        for (TimelineLayout.Item other : l.items()) {
            if (other.drawn() && other.model().buildsOn().contains(it.model().id())) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * A curved arrow: a quadratic arc bowed to one side, so arrows between models of the same
     * lane do not run over the circles between them.
     */
    private static void arrow(Surface s, TimelineLayout.Item from, TimelineLayout.Item to, double lw) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double d = Math.hypot(dx, dy);
        if (d < from.r() + to.r() + 2) {
            return;
        }
        double bow = Math.min(d * 0.3, 80 * lw);
        double qx = (from.x() + to.x()) / 2 - dy / d * bow;
        double qy = (from.y() + to.y()) / 2 + dx / d * bow;
        int n = 24;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            xs[i] = u * u * from.x() + 2 * u * t * qx + t * t * to.x();
            ys[i] = u * u * from.y() + 2 * u * t * qy + t * t * to.y();
        }
        // Stop at the target circle's edge: walk back along the curve until outside it.
        int end = n;
        while (end > 1 && Math.hypot(xs[end] - to.x(), ys[end] - to.y()) < to.r() + 2 * lw) {
            end--;
        }
        s.strokePolyline(xs, ys, end + 1);
        double ux = xs[end] - xs[end - 1];
        double uy = ys[end] - ys[end - 1];
        double ul = Math.hypot(ux, uy);
        ux /= ul;
        uy /= ul;
        double head = 8 * lw;
        double wing = 4 * lw;
        double x2 = xs[end];
        double y2 = ys[end];
        s.fillPolygon(new double[] {x2, x2 - ux * head - uy * wing, x2 - ux * head + uy * wing},
                new double[] {y2, y2 - uy * head + ux * wing, y2 - uy * head - ux * wing}, 3);
    }

    private static void card(Surface s, TimelineLayout l, Palette p, TimelineLayout.Item it, Language language) {
        Messages m = Messages.of(language);
        Model model = it.model();
        List<String> lines = List.of(
                model.name(language),
                m.get("timeline.card.date", ModelFormat.date(model.date(), language)),
                m.get("timeline.card.developer", model.printedDeveloper(language)),
                m.get("timeline.card.parameters", ModelFormat.parameters(model.printedParameters(), language)));
        HoverCard.paint(s, p, l.fontSize(), lines, Box.around(it.x(), it.y(), it.r()));
    }
}
