package org.genaitimeline.growth;

import java.util.List;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.i18n.Language;

/**
 * The switches of the growth chart.
 *
 * @param logScale log y axis (the figure's); linear otherwise
 * @param allFamilies every model type as its own series, not only the figure's two
 * @param showTrends a least-squares trend per series, with its doubling time in the legend
 * @param trendPerEra one fit per era instead of one per series (needs {@code eras})
 * @param eras the catalog's eras, for per-era fits
 * @param language labels, numbers, legend
 * @param labelScale multiplies text and point sizes (the projector theme's 1.3)
 */
public record GrowthOptions(boolean logScale, boolean allFamilies, boolean showTrends, boolean trendPerEra,
        List<Era> eras, Language language, double labelScale) {

    public GrowthOptions {
        eras = List.copyOf(eras);
    }

    /** The book's figure: log scale, two series, no trends, English. */
    public static GrowthOptions figure() {
        return new GrowthOptions(true, false, false, false, List.of(), Language.EN, 1);
    }

    public GrowthOptions withLogScale(boolean v) {
        return new GrowthOptions(v, allFamilies, showTrends, trendPerEra, eras, language, labelScale);
    }

    public GrowthOptions withAllFamilies(boolean v) {
        return new GrowthOptions(logScale, v, showTrends, trendPerEra, eras, language, labelScale);
    }

    public GrowthOptions withTrends(boolean v) {
        return new GrowthOptions(logScale, allFamilies, v, trendPerEra, eras, language, labelScale);
    }

    public GrowthOptions withTrendPerEra(boolean v, List<Era> eraList) {
        return new GrowthOptions(logScale, allFamilies, showTrends, v, eraList, language, labelScale);
    }

    public GrowthOptions withLanguage(Language v) {
        return new GrowthOptions(logScale, allFamilies, showTrends, trendPerEra, eras, v, labelScale);
    }

    public GrowthOptions withLabelScale(double v) {
        return new GrowthOptions(logScale, allFamilies, showTrends, trendPerEra, eras, language, v);
    }
}
