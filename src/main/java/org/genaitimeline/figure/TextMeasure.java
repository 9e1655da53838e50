package org.genaitimeline.figure;

/**
 * Measures text for layouts that must keep labels apart. Pure layouts take one of these so
 * they stay testable without JavaFX: tests may pass {@link #approximate()}, the views and
 * exporters pass {@link FxTextMeasure}.
 */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of the text, in the same units as {@code size}. */
    double width(String text, double size, boolean bold);

    /** The line height for a font size. */
    default double lineHeight(double size) {
        return size * 1.25;
    }

    /**
     * A font-free estimate: Latin glyphs 0.6 em (bold 0.65), CJK glyphs 1 em. Wide enough that
     * a layout proved overlap-free with it stays so with real fonts of these proportions.
     */
    static TextMeasure approximate() {
        return (text, size, bold) -> {
            double w = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                w += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000
                        ? 1.0 : bold ? 0.65 : 0.6;
            }
            return w * size;
        };
    }
}
