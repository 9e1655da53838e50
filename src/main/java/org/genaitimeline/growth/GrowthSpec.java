package org.genaitimeline.growth;

import java.util.List;
import java.util.Objects;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.i18n.Language;

/**
 * What a {@link GrowthLayout} is computed from besides the models: the reader's switches
 * and what the surroundings give (eras, language, text size).
 *
 * @param chart the switches
 * @param eras the catalog's eras, for per-era fits
 * @param language labels, numbers, legend
 * @param labelScale multiplies text and point sizes (the projector theme's 1.3)
 */
public record GrowthSpec(GrowthOptions chart, List<Era> eras, Language language, double labelScale) {

    public GrowthSpec {
        Objects.requireNonNull(chart, "chart");
        eras = List.copyOf(eras);
    }

    /** The book's figure: log scale, two series, no trends, English. */
    public static GrowthSpec figure() {
        return new GrowthSpec(GrowthOptions.DEFAULT, List.of(), Language.EN, 1);
    }

    public boolean logScale() {
        return chart.logScale();
    }

    public boolean allFamilies() {
        return chart.allFamilies();
    }

    public boolean showTrends() {
        return chart.trends();
    }

    public boolean trendPerEra() {
        return chart.trendPerEra();
    }
}
