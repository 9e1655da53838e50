package org.genaitimeline.export;

import picocli.CommandLine.Option;

/** The options of {@code --export} (a picocli mixin); values are checked by {@link ExportCommand}. */
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
}
