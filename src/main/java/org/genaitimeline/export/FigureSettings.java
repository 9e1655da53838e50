package org.genaitimeline.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.genaitimeline.files.PixelBudget;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Theme;

/**
 * The checked values of a figure export: logical size, scale and theme.
 * A value outside its range is an invalid input (exit 1) with the allowed values named.
 */
record FigureSettings(int width, int height, double scale, Theme theme) {

    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 1000;
    static final int MIN_SIZE = 100;
    static final int MAX_SIZE = 10_000;

    /**
     * Reads and checks the options.
     *
     * @param raster whether the figure becomes a PNG, whose pixels must fit {@link PixelBudget}
     */
    static FigureSettings read(ExportOptions o, Messages messages, boolean raster) {
        int width = size(o.width, DEFAULT_WIDTH, "--width", messages);
        int height = size(o.height, DEFAULT_HEIGHT, "--height", messages);
        double scale = 1;
        if (o.scale != null) {
            try {
                scale = Double.parseDouble(o.scale.strip());
            } catch (NumberFormatException e) {
                scale = Double.NaN;
            }
            if (!(scale >= 1 && scale <= 8)) {
                throw QueryOptions.badValue(messages, "--scale", o.scale, "1–8");
            }
        }
        String themeIds = Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.joining(", "));
        Theme theme = o.theme == null ? Theme.LIGHT : Theme.fromId(o.theme.strip())
                .orElseThrow(() -> QueryOptions.badValue(messages, "--theme", o.theme, themeIds));
        if (raster && !PixelBudget.fits(width, height, scale)) {
            long[] fits = PixelBudget.largestFitting(Math.round(width * scale), Math.round(height * scale));
            throw CliException.invalid(messages.get("export.tooManyPixels",
                    String.valueOf(Math.round(width * scale)), String.valueOf(Math.round(height * scale)),
                    String.valueOf(PixelBudget.MAX_SIDE), String.valueOf(PixelBudget.maxMegapixels()),
                    String.valueOf(fits[0]), String.valueOf(fits[1])));
        }
        return new FigureSettings(width, height, scale, theme);
    }

    private static int size(String value, int fallback, String option, Messages messages) {
        if (value == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= MIN_SIZE && v <= MAX_SIZE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw QueryOptions.badValue(messages, option, value, MIN_SIZE + "–" + MAX_SIZE);
    }
}
