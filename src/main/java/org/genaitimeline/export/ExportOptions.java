package org.genaitimeline.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * The options of {@code --export} (a picocli mixin); sizes and files are checked by
 * {@link ExportCommand}, the figure switches become the figures' option records here.
 */
final class ExportOptions {

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.option.out")
    String out;

    @Option(names = "--width", paramLabel = "PX", descriptionKey = "cli.option.width")
    String width;

    @Option(names = "--height", paramLabel = "PX", descriptionKey = "cli.option.height")
    String height;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "cli.option.scale")
    String scale;

    @Option(names = "--theme", paramLabel = "THEME", descriptionKey = "cli.option.theme")
    String theme;

    @Option(names = "--orientation", paramLabel = "DIR", descriptionKey = "cli.option.orientation")
    String orientation;

    @Option(names = "--book-figure-only", descriptionKey = "cli.option.bookFigureOnly")
    boolean bookFigureOnly;

    @Option(names = "--linear", descriptionKey = "cli.option.linear")
    boolean linear;

    @Option(names = "--trend", descriptionKey = "cli.option.trend")
    boolean trend;

    @Option(names = "--trend-per-era", descriptionKey = "cli.option.trendPerEra")
    boolean trendPerEra;

    @Option(names = "--all-types", descriptionKey = "cli.option.allTypes")
    boolean allFamilies;

    @Option(names = "--view", paramLabel = "FILE", descriptionKey = "cli.option.view")
    String view;

    /**
     * The timeline's options: a flag given here wins over the base (a saved view's, or the
     * command line's own); flags can only turn a switch on.
     */
    TimelineOptions timeline(TimelineOptions base, Messages messages) {
        TimelineOptions t = base;
        if (orientation != null) {
            try {
                t = t.withOrientation(Orientation.parse(orientation));
            } catch (IllegalArgumentException e) {
                throw QueryOptions.badValue(messages, "--orientation", orientation,
                        Arrays.stream(Orientation.values()).map(Orientation::id).collect(Collectors.joining(", ")));
            }
        }
        return bookFigureOnly ? t.withBookFigureOnly(true) : t;
    }

    /** The growth chart's options: the base with the switches given here turned on (or to linear). */
    GrowthOptions growth(GrowthOptions base) {
        GrowthOptions g = base;
        if (linear) {
            g = g.withLogScale(false);
        }
        if (trend) {
            g = g.withTrends(true);
        }
        if (trendPerEra) {
            g = g.withTrendPerEra(true);
        }
        // Only the figure's two series otherwise: imported vision, audio or Other models stay off the chart.
        return allFamilies ? g.withAllFamilies(true) : g;
    }
}
