package org.genaitimeline.growth;

import org.genaitimeline.i18n.Language;

/**
 * How one growth chart writes sizes, on its y axis and in its labels alike. The figure's own
 * unit is the billion ({@code 0.1}, {@code 1,000}; labels {@code 0.117B}); an axis that reaches
 * below a million parameters (the Epoch sample goes down to a few dozen) would need seven or
 * more decimals ({@code 0.00000001}), so such a chart writes counts instead ({@code 100},
 * {@code 10K}, {@code 1M}, {@code 1B}, {@code 1T}; labels {@code 2.6K}, {@code 175B}), every tick
 * in the same way. Chinese always writes counts in 万 and 亿, as the app's tables do.
 */
public enum SizeUnit {
    /** Billions, as Figure 14-3 prints them. */
    BILLIONS,
    /** Counts with K, M, B and T (Chinese 万, 亿, 万亿). */
    COUNT;

    /** The smallest axis value (in billions) that still reads in billions: {@code 0.001}, one million. */
    public static final double SMALLEST_BILLIONS = 0.001;

    /**
     * The unit of an axis.
     *
     * @param lowest the axis's lowest labelled value, in billions (a log axis's nice floor of its data)
     */
    public static SizeUnit of(double lowest, Language language) {
        return language == Language.ZH || lowest < SMALLEST_BILLIONS * (1 - 1e-9) ? COUNT : BILLIONS;
    }
}
