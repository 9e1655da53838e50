package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.genaitimeline.figure.LinearScale;
import org.genaitimeline.figure.LogScale;
import org.genaitimeline.figure.TimeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogScaleTest {

    @Test
    void ticksFrom0point1To1000AreThePrintedFigures() {
        LogScale s = new LogScale(0.1, 1000, 700, 20);
        assertThat(s.ticks()).containsExactly(0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0,
                1000.0);
    }

    @Test
    void ticksInsideAPaddedDomainAreStillTheFigures() {
        LogScale s = new LogScale(0.085, 1180, 700, 20);
        assertThat(s.ticks()).containsExactly(0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0,
                1000.0);
    }

    @Test
    void crowdedTicksThinToDecades() {
        LogScale s = new LogScale(0.1, 1000, 120, 20);
        assertThat(s.ticks()).containsExactly(0.1, 1.0, 10.0, 100.0, 1000.0);
    }

    @Test
    void veryCrowdedTicksSkipDecades() {
        LogScale s = new LogScale(1e-6, 1e6, 120, 20);
        List<Double> ticks = s.ticks();
        assertThat(ticks).hasSizeLessThan(13).allSatisfy(t -> assertThat(Math.log10(t) % 1).isCloseTo(0, within(1e-9)));
        assertThat(ticks.get(1) / ticks.get(0)).isGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.117, 1.5, 175, 562, 1000})
    void forwardThenBackwardIsTheValue(double v) {
        LogScale s = new LogScale(0.1, 1000, 700, 20);
        assertThat(s.backward(s.forward(v))).isCloseTo(v, within(v * 1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {20, 123.4, 700})
    void backwardThenForwardIsThePixel(double px) {
        LogScale s = new LogScale(0.1, 1000, 700, 20);
        assertThat(s.forward(s.backward(px))).isCloseTo(px, within(1e-9));
    }

    @Test
    void endsMapToThePixelRange() {
        LogScale s = new LogScale(0.1, 1000, 700, 20);
        assertThat(s.forward(0.1)).isCloseTo(700, within(1e-9));
        assertThat(s.forward(1000)).isCloseTo(20, within(1e-9));
        assertThat(s.forward(10)).isCloseTo(360, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN})
    void valuesAtOrBelowZeroAreRejected(double v) {
        LogScale s = new LogScale(0.1, 1000, 700, 20);
        assertThatThrownBy(() -> s.forward(v)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("> 0");
    }

    @ParameterizedTest
    @CsvSource({"0, 1000", "-1, 10", "10, 10", "10, 1"})
    void aDomainThatIsNotPositiveOrEmptyIsRejected(double min, double max) {
        assertThatThrownBy(() -> new LogScale(min, max, 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1085, 2000", "1000, 1000", "0.117, 0.2", "0.03, 0.05", "3, 5"})
    void niceCeilIsTheNext125Value(double v, double expected) {
        assertThat(LogScale.niceCeil(v)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.117, 0.1", "0.03, 0.02", "7, 5", "0.1, 0.1"})
    void niceFloorIsThePrevious125Value(double v, double expected) {
        assertThat(LogScale.niceFloor(v)).isEqualTo(expected);
    }

    @Test
    void linearTicksAreNiceSteps() {
        assertThat(new LinearScale(0, 1000, 700, 20, 5).ticks()).containsExactly(0.0, 200.0, 400.0, 600.0, 800.0,
                1000.0);
        assertThat(new LinearScale(0, 0.3, 100, 0, 3).ticks()).containsExactly(0.0, 0.1, 0.2, 0.3);
    }

    @Test
    void linearRoundTrips() {
        LinearScale s = new LinearScale(-3, 1500, 700, 20, 5);
        assertThat(s.backward(s.forward(562))).isCloseTo(562, within(1e-9));
    }

    @Test
    void timeTicksAreWholeYearsThinnedWhenCrowded() {
        assertThat(new TimeScale(2018, 2023.5, 60, 1260).ticks()).containsExactly(2018.0, 2019.0, 2020.0, 2021.0,
                2022.0, 2023.0);
        assertThat(new TimeScale(1985, 2023.5, 60, 260).ticks()).containsExactly(1990.0, 2000.0, 2010.0, 2020.0);
    }
}
