package org.genaitimeline.catalog;

import java.util.Objects;

/**
 * How the book's printed Figure 14-1 (the timeline) draws a model: in which column, at which
 * date and with which label. Kept apart from the model's own facts because the print differs
 * from them: GPT-2 sits at February 2019 although the prose says 2018, GPT-4 is in the
 * Multimodal column although today's figure data types it as autoregressive, and the
 * Transformer is labelled "Transformers".
 *
 * @param lane the column the print draws it in (a family the figure has a column for)
 * @param date the date the print places it at
 * @param label the name the print writes beside it
 */
public record Figure14x1Entry(Family lane, PartialDate date, String label) {

    public Figure14x1Entry {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        if (!lane.inFigure()) {
            throw new IllegalArgumentException("Figure 14-1 has no column for " + lane.id());
        }
    }
}
