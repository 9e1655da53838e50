package org.genaitimeline.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.figure.YearSpan;
import org.genaitimeline.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * The options of {@code --export} (a picocli mixin); sizes and files are checked by
 * {@link ExportCommand}, the figure switches become the figures' option records here.
 */
final class ExportOptions {

    /** {@code 2021:2023} or {@code 2021.5:2023.25}: years, optionally fractional. */
    private static final Pattern RANGE = Pattern.compile("(\\d{4}(?:\\.\\d+)?):(\\d{4}(?:\\.\\d+)?)");

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

    @Option(names = "--range", paramLabel = "FROM:TO", descriptionKey = "cli.option.range")
    String range;

    /**
     * The span {@code --range} sets, if given. A whole year at the end means through its last
     * day ({@code 2021:2023} shows all of 2023); a fractional one is a point in time.
     */
    Optional<YearSpan> span(Messages messages) {
        if (range == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(range.strip());
        if (!m.matches()) {
            throw CliException.invalid(messages.get("cli.error.rangeForm", range));
        }
        double from = Double.parseDouble(m.group(1));
        double to = Double.parseDouble(m.group(2)) + (m.group(2).contains(".") ? 0 : 1);
        if (!(to > from)) {
            throw CliException.invalid(messages.get("cli.error.rangeOrder", range));
        }
        return Optional.of(new YearSpan(from, to));
    }

    /**
     * The timeline's options: a flag given here wins over the base (a saved view's, or the
     * command line's own); flags can only turn a switch on, and {@code --range} replaces the range.
     */
    TimelineOptions timeline(TimelineOptions base, Messages messages) {
        TimelineOptions t = span(messages).map(s -> base.withRange(s.from(), s.to())).orElse(base);
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

    /** The growth chart's options: the base with the switches given here turned on (or linear), --range as x span. */
    GrowthOptions growth(GrowthOptions base, Messages messages) {
        GrowthOptions g = span(messages).map(base::withYears).orElse(base);
        if (linear) {
            g = g.withLogScale(false);
        }
        if (trend) {
            g = g.withTrends(true);
        }
        if (trendPerEra) {
            g = g.withTrendPerEra(true);
        }
        if (bookFigureOnly) {
            g = g.withBookFigureOnly(true);
        }
        // Only the figure's two series otherwise: imported vision, audio or Other models stay off the chart.
        return allFamilies ? g.withAllFamilies(true) : g;
    }
}
