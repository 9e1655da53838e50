package org.genaitimeline.figure;

/**
 * The growth chart's switches, as the control, a saved view, the preferences, the export
 * dialog and the command line all read and write them.
 *
 * @param logScale log y axis (the book's figure); linear otherwise
 * @param trends a least-squares trend per series, with its doubling time in the legend
 * @param trendPerEra one fit per era instead of one per series
 * @param allFamilies every model type as its own series, not only the figure's two
 */
public record GrowthOptions(boolean logScale, boolean trends, boolean trendPerEra, boolean allFamilies) {

    /** The book's figure: log scale, two series, no trends. */
    public static final GrowthOptions DEFAULT = new GrowthOptions(true, false, false, false);

    public GrowthOptions withLogScale(boolean v) {
        return new GrowthOptions(v, trends, trendPerEra, allFamilies);
    }

    public GrowthOptions withTrends(boolean v) {
        return new GrowthOptions(logScale, v, trendPerEra, allFamilies);
    }

    public GrowthOptions withTrendPerEra(boolean v) {
        return new GrowthOptions(logScale, trends, v, allFamilies);
    }

    public GrowthOptions withAllFamilies(boolean v) {
        return new GrowthOptions(logScale, trends, trendPerEra, v);
    }
}
