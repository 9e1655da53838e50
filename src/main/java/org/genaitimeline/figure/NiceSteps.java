package org.genaitimeline.figure;

/**
 * The "nice" numbers of our axes: 1, 2 and 5 times a power of ten, as the printed Figure
 * 14-3 labels them. {@link LogScale} puts its ticks on them and {@link LinearScale} (and
 * through it {@link TimeScale}) steps by them, so both axes round the same way.
 */
final class NiceSteps {

    private static final int[] MANTISSAS = {1, 2, 5};

    private NiceSteps() {
    }

    /** 1, 2 and 5 times 10^e, ascending. */
    static double[] decade(int exponent) {
        double[] out = new double[MANTISSAS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = decimal(MANTISSAS[i], exponent);
        }
        return out;
    }

    /** The smallest nice value at or above {@code value}. */
    static double ceil(double value) {
        double[] candidates = around(value);
        for (double v : candidates) {
            if (v >= value * (1 - 1e-12)) {
                return v;
            }
        }
        return candidates[candidates.length - 1];
    }

    /** The largest nice value at or below {@code value}. */
    static double floor(double value) {
        double[] candidates = around(value);
        double best = candidates[0];
        for (double v : candidates) {
            if (v <= value * (1 + 1e-12)) {
                best = v;
            }
        }
        return best;
    }

    /** m x 10^e as the double nearest the decimal (0.1 is the literal 0.1, not 1 * 10^-1 rounded twice). */
    static double decimal(int mantissa, int exponent) {
        return Double.parseDouble(mantissa + "e" + exponent);
    }

    /** The nice values from 10^(e-1) up to 10^(e+2), ascending, for a value in decade e. */
    private static double[] around(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("needs a value > 0, got " + value);
        }
        int e = (int) Math.floor(Math.log10(value));
        double[] out = new double[3 * MANTISSAS.length + 1];
        int i = 0;
        for (int k = e - 1; k <= e + 1; k++) {
            for (double v : decade(k)) {
                out[i++] = v;
            }
        }
        out[i] = decimal(1, e + 2);
        return out;
    }
}
