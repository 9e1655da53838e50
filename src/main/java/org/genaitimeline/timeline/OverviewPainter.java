package org.genaitimeline.timeline;

import java.util.List;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * Paints the overview strip. The base: background, era bands, and a tick per model in its
 * type's colour, each type on its own row across the strip so the families' densities read
 * apart. The overlay: the world outside the visible range dimmed and the window outlined,
 * with grips on its edges.
 */
final class OverviewPainter {

    private OverviewPainter() {
    }

    /** Geometry of the strip: along is the time direction, across the other one. */
    record Frame(boolean vertical, double along, double across) {
    }

    static void paintBase(Surface s, Frame f, OverviewScale scale, List<Model> models, List<Era> eras, Palette p) {
        s.setFill(p.background());
        s.fillRect(0, 0, s.width(), s.height());
        s.setGlobalAlpha(p.number("-era-band-opacity", 1));
        for (Era e : eras) {
            double a = scale.toPixel(PartialDate.fractionalYear(e.start().toEpochDay()));
            double b = scale.toPixel(PartialDate.fractionalYear(e.end().plusDays(1).toEpochDay()));
            s.setFill(Color.web(e.color()));
            rect(s, f, a, 0, b - a, f.across());
        }
        s.setGlobalAlpha(1);
        TreeSet<Family> families = new TreeSet<>();
        models.forEach(m -> families.add(m.family()));
        List<Family> rows = List.copyOf(families);
        double rowH = f.across() / Math.max(1, rows.size());
        // Two pixels along the strip: one-pixel ticks vanish on a projector.
        double tick = 2 * Math.max(1, p.strokeScale());
        for (Model m : models) {
            double px = Math.floor(scale.toPixel(TimelineLayout.timeOf(m)));
            int row = rows.indexOf(m.family());
            s.setFill(p.family(m.family()));
            rect(s, f, px - tick / 2, row * rowH + rowH * 0.15, tick, rowH * 0.7);
        }
        s.setStroke(p.grid());
        s.setLineWidth(1);
        if (f.vertical()) {
            s.strokeLine(0.5, 0, 0.5, f.along());
        } else {
            s.strokeLine(0, 0.5, f.along(), 0.5);
        }
    }

    static void paintWindow(Surface s, Frame f, OverviewScale.Range window, Palette p) {
        s.setFill(p.background());
        s.setGlobalAlpha(0.55);
        rect(s, f, 0, 0, window.start(), f.across());
        rect(s, f, window.end(), 0, f.along() - window.end(), f.across());
        s.setGlobalAlpha(1);
        double lw = 1.5 * p.strokeScale();
        s.setStroke(p.accent());
        s.setLineWidth(lw);
        double w = Math.max(2, window.end() - window.start());
        if (f.vertical()) {
            s.strokeRect(lw / 2, window.start(), f.across() - lw, w);
        } else {
            s.strokeRect(window.start(), lw / 2, w, f.across() - lw);
        }
        // Grips: short bars in the middle of each edge say the edges can be dragged.
        s.setFill(p.accent());
        double grip = Math.min(f.across() * 0.5, 16);
        double g = 3 * p.strokeScale();
        rect(s, f, window.start() - g / 2, (f.across() - grip) / 2, g, grip);
        rect(s, f, window.start() + w - g / 2, (f.across() - grip) / 2, g, grip);
    }

    /** A rectangle given along/across the strip, drawn in the strip's orientation. */
    private static void rect(Surface s, Frame f, double along, double across, double alongLen, double acrossLen) {
        if (f.vertical()) {
            s.fillRect(across, along, acrossLen, alongLen);
        } else {
            s.fillRect(along, across, alongLen, acrossLen);
        }
    }
}
