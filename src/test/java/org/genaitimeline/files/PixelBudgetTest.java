package org.genaitimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PixelBudgetTest {

    @ParameterizedTest(name = "{0} x {1} at {2}x fits: {3}")
    @CsvSource({
        "1600, 1000, 1, true",
        "1600, 1000, 8, true", // 12800 x 8000 = 102 million
        "16384, 100, 1, true",
        "16385, 100, 1, false", // a side too long
        "100, 2049, 8, false", // 16392 pixels high
        "10000, 10000, 1, true", // the export dialog's largest size
        "11585, 11585, 1, true", // just under 2^27 pixels
        "11586, 11586, 1, false",
        "10000, 10000, 8, false", // once "capacity < 0"
    })
    void keepsBothSidesAndTheTotalInBounds(double width, double height, double scale, boolean fits) {
        assertThat(PixelBudget.fits(width, height, scale)).isEqualTo(fits);
    }
}
