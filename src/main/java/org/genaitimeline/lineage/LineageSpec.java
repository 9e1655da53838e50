package org.genaitimeline.lineage;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;

/**
 * What {@link LineageLayout} lays out: the selection, the size it should fit, the language of
 * the labels and the theme's sizes. Build it with {@link #of} and the {@code with...} methods,
 * so that a field added later breaks no caller.
 *
 * @param selection the models and links to place
 * @param eras the catalog's eras (the foundations before the first era are drawn compressed)
 * @param width the width to fit, in logical pixels
 * @param height the height to fit
 * @param language names and band labels
 * @param labelScale the theme's (and presentation mode's) text size factor
 * @param markerScale the theme's marker size factor over the text's
 * @param measure text widths (the surface's, or {@link TextMeasure#approximate()} in tests)
 * @param dimmed ids drawn faded (outside the filters)
 * @param maxTypeScale how much larger than the theme's the text may grow when a small family
 *     leaves room (1: never larger)
 */
public record LineageSpec(LineageSelection selection, List<Era> eras, double width, double height,
        Language language, double labelScale, double markerScale, TextMeasure measure, Set<String> dimmed,
        double maxTypeScale) {

    /** How much larger than the theme's the text grows by default for a small family in a large figure. */
    public static final double MAX_TYPE_SCALE = 1.5;

    public LineageSpec {
        Objects.requireNonNull(selection, "selection");
        eras = List.copyOf(eras);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(measure, "measure");
        dimmed = Set.copyOf(dimmed);
        if (!(width > 0) || !(height > 0) || !(labelScale > 0) || !(markerScale > 0) || !(maxTypeScale >= 1)) {
            throw new IllegalArgumentException("empty size or scale: " + width + "x" + height);
        }
    }

    /** A selection at a size, with the theme's scales at 1 and nothing dimmed. */
    public static LineageSpec of(LineageSelection selection, List<Era> eras, double width, double height,
            Language language, TextMeasure measure) {
        return new LineageSpec(selection, eras, width, height, language, 1, 1, measure, Set.of(), MAX_TYPE_SCALE);
    }

    /** The theme's text and marker sizes ({@code Palette.labelScale()}, {@code markerScale()}). */
    public LineageSpec withScales(double label, double marker) {
        return new LineageSpec(selection, eras, width, height, language, label, marker, measure, dimmed,
                maxTypeScale);
    }

    public LineageSpec withSize(double w, double h) {
        return new LineageSpec(selection, eras, w, h, language, labelScale, markerScale, measure, dimmed, maxTypeScale);
    }

    /** The most the text may grow over the theme's size when there is room; 1 keeps it at the theme's. */
    public LineageSpec withMaxTypeScale(double v) {
        return new LineageSpec(selection, eras, width, height, language, labelScale, markerScale, measure, dimmed, v);
    }

    public LineageSpec withDimmed(Set<String> ids) {
        return new LineageSpec(selection, eras, width, height, language, labelScale, markerScale, measure, ids,
                maxTypeScale);
    }
}
