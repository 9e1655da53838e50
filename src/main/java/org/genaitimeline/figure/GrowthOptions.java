package org.genaitimeline.figure;

import java.util.Objects;
import java.util.Optional;

/**
 * The growth chart's switches, as the control, a saved view, the preferences, the export
 * dialog and the command line all read and write them.
 *
 * @param logScale log y axis (the book's figure); linear otherwise
 * @param trends a least-squares trend per series, with its doubling time in the legend
 * @param trendPerEra one fit per era instead of one per series
 * @param allFamilies every model type as its own series, not only the figure's two
 * @param years the x axis span, models outside it left out; empty: the book's span widened to the data
 * @param bookFigureOnly Figure 14-3 as printed: only its 25 points (book.figure14_3) at their printed values, in
 *     its title-less frame with its caption and no legend box
 */
public record GrowthOptions(boolean logScale, boolean trends, boolean trendPerEra, boolean allFamilies,
        Optional<YearSpan> years, boolean bookFigureOnly) {

    /** The book's figure: log scale, two series, no trends. */
    public static final GrowthOptions DEFAULT = new GrowthOptions(true, false, false, false);

    public GrowthOptions {
        Objects.requireNonNull(years, "years");
    }

    /** The switches with the x axis fitted to the data (the app's chart, a saved view). */
    public GrowthOptions(boolean logScale, boolean trends, boolean trendPerEra, boolean allFamilies) {
        this(logScale, trends, trendPerEra, allFamilies, Optional.empty(), false);
    }

    /** The switches with an x axis span, not the book's figure alone. */
    public GrowthOptions(boolean logScale, boolean trends, boolean trendPerEra, boolean allFamilies,
            Optional<YearSpan> years) {
        this(logScale, trends, trendPerEra, allFamilies, years, false);
    }

    public GrowthOptions withLogScale(boolean v) {
        return new GrowthOptions(v, trends, trendPerEra, allFamilies, years, bookFigureOnly);
    }

    public GrowthOptions withTrends(boolean v) {
        return new GrowthOptions(logScale, v, trendPerEra, allFamilies, years, bookFigureOnly);
    }

    public GrowthOptions withTrendPerEra(boolean v) {
        return new GrowthOptions(logScale, trends, v, allFamilies, years, bookFigureOnly);
    }

    public GrowthOptions withAllFamilies(boolean v) {
        return new GrowthOptions(logScale, trends, trendPerEra, v, years, bookFigureOnly);
    }

    public GrowthOptions withYears(YearSpan v) {
        return new GrowthOptions(logScale, trends, trendPerEra, allFamilies, Optional.of(v), bookFigureOnly);
    }

    public GrowthOptions withBookFigureOnly(boolean v) {
        return new GrowthOptions(logScale, trends, trendPerEra, allFamilies, years, v);
    }
}
