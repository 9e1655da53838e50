package org.genaitimeline.theme;

import javafx.scene.paint.Color;

/**
 * Colour-vision-deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1.0,
 * applied in linear RGB) and the CIE 1976 colour difference in CIELAB (D65). A test-side tool:
 * docs/ACCESSIBILITY.md gives the numbers it produces for our palettes.
 */
final class ColourBlindCheck {

    enum Vision {
        NORMAL(null),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        Color simulate(Color c) {
            if (matrix == null) {
                return c;
            }
            double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                out[i] = matrix[i][0] * lin[0] + matrix[i][1] * lin[1] + matrix[i][2] * lin[2];
            }
            return Color.color(gamma(out[0]), gamma(out[1]), gamma(out[2]));
        }
    }

    private ColourBlindCheck() {
    }

    /** ΔE*ab (CIE76) between two colours. */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(sq(x[0] - y[0]) + sq(x[1] - y[1]) + sq(x[2] - y[2]));
    }

    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double v) {
        double c = Math.max(0, Math.min(1, v));
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    private static double sq(double v) {
        return v * v;
    }
}
