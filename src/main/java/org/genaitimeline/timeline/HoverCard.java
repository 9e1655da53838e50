package org.genaitimeline.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * A card of text lines beside what it describes (a model's circle, a badge): below and to
 * the right, flipped left or up where the canvas ends. The first line is the title, in bold.
 */
final class HoverCard {

    private HoverCard() {
    }

    static void paint(Surface s, Palette p, double font, List<String> lines, Box anchor) {
        double lineH = s.measure().lineHeight(font);
        double pad = 8 * p.labelScale();
        double w = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, s.measure().width(lines.get(i), font, i == 0));
        }
        w += 2 * pad;
        double h = lines.size() * lineH + 2 * pad;
        double x = anchor.maxX() + 2 * pad;
        double y = anchor.maxY() + pad;
        if (x + w > s.width()) {
            x = Math.max(0, anchor.x() - 2 * pad - w);
        }
        if (y + h > s.height()) {
            y = Math.max(0, anchor.y() - pad - h);
        }
        s.setFill(p.color("-color-bg-subtle"));
        s.fillRoundRect(x, y, w, h, 8);
        s.setStroke(p.color("-color-border-default"));
        s.setLineWidth(p.strokeScale());
        s.strokeRoundRect(x, y, w, h, 8);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            s.setFill(i == 0 ? p.foreground() : p.muted());
            s.setFont(font, i == 0);
            s.fillText(lines.get(i), x + pad, y + pad + lineH * (i + 0.5));
        }
    }
}
