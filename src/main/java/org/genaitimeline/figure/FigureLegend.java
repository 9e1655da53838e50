package org.genaitimeline.figure;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.theme.Palette;

/**
 * The legend block of a printed figure: a bold heading ("Model Type") over one row per model
 * type, each a square swatch in the type's colour with a dark outline, as Figure 14-1 prints
 * it in its top right corner. The frame paints it over the figure's top right, on the
 * background colour, so a grid line behind it stops at its edge as in the print.
 *
 * @param title the heading
 * @param entries one per model type, in the figure's order
 */
public record FigureLegend(String title, List<Entry> entries) {

    /** No legend block. */
    public static final FigureLegend NONE = new FigureLegend("", List.of());

    /**
     * The print's sizes at label scale 1, measured from timeline.png (1600x2100) against the
     * Book theme's scale there (1.85): 28 px heading capitals, 19 px entry capitals, 26 px
     * swatches, 40 px from entry to entry.
     */
    static final double TITLE_FONT = 20.4;
    static final double ENTRY_FONT = 14.2;
    static final double SWATCH = 14.1;
    static final double PITCH = 21.6;

    /**
     * One row.
     *
     * @param familyId the model type, for its colour ({@code -family-<id>})
     * @param text its name
     */
    public record Entry(String familyId, String text) {
    }

    public FigureLegend {
        title = title == null ? "" : title.strip();
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The block's width and height at this label scale. */
    double[] size(TextMeasure measure, double ls) {
        double w = measure.width(title, TITLE_FONT * ls, true);
        for (Entry e : entries) {
            w = Math.max(w, SWATCH * ls * 1.6 + measure.width(e.text(), ENTRY_FONT * ls, false));
        }
        return new double[] {w, measure.lineHeight(TITLE_FONT * ls) + entries.size() * PITCH * ls};
    }

    /** Paints the block with its top right corner at (right, top), in an SVG group {@code figure-legend}. */
    void paint(Surface s, Palette p, double right, double top) {
        double ls = p.labelScale();
        double[] size = size(s.measure(), ls);
        double x = right - size[0];
        double pad = 4 * ls;
        s.beginGroup("figure-legend");
        s.setFill(p.background());
        s.fillRect(x - pad, top - pad, size[0] + 2 * pad, size[1] + 2 * pad);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        s.setFill(p.title());
        s.setFont(TITLE_FONT * ls, true);
        s.fillText(title, x, top);
        double y = top + s.measure().lineHeight(TITLE_FONT * ls);
        double swatch = SWATCH * ls;
        s.setLineWidth(p.strokeScale());
        s.setStroke(p.foreground());
        s.setFont(ENTRY_FONT * ls, false);
        s.setTextBaseline(VPos.CENTER);
        for (Entry e : entries) {
            s.beginGroup("legend-entry family-" + e.familyId());
            double cy = y + PITCH * ls / 2;
            s.setFill(p.familyById(e.familyId()));
            s.fillRect(x, cy - swatch / 2, swatch, swatch);
            s.strokeRect(x, cy - swatch / 2, swatch, swatch);
            s.setFill(p.title());
            s.fillText(e.text(), x + swatch * 1.6, cy);
            s.endGroup();
            y += PITCH * ls;
        }
        s.endGroup();
    }
}
