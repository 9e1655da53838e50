package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one time scale of both figures, and its ticks. */
class TimeScaleTest {

    @ParameterizedTest
    @CsvSource({"2013.5,2023.8,0,1000", "2021.0,2023.0,40,1900", "1985.2,2023.9,100,400"})
    void axisRoundTrips(double start, double end, double p0, double p1) {
        TimeScale axis = new TimeScale(start, end, p0, p1);
        for (double y = start; y <= end; y += (end - start) / 17) {
            assertThat(axis.backward(axis.forward(y))).isCloseTo(y, within(1e-9));
        }
        assertThat(axis.forward(start)).isCloseTo(p0, within(1e-9));
        assertThat(axis.forward(end)).isCloseTo(p1, within(1e-9));
        assertThat(axis.backward(p1)).isCloseTo(end, within(1e-9));
    }

    @Test
    void ticksSwitchFromYearsToQuartersToMonthsAsYouZoom() {
        assertThat(TimeTicks.unitFor(new TimeScale(2013.5, 2023.8, 0, 1000), 30)).isEqualTo(TimeTicks.Unit.YEAR);
        assertThat(TimeTicks.unitFor(new TimeScale(2020, 2023, 0, 1000), 30)).isEqualTo(TimeTicks.Unit.QUARTER);
        assertThat(TimeTicks.unitFor(new TimeScale(2022, 2022.8, 0, 1000), 30)).isEqualTo(TimeTicks.Unit.MONTH);
        List<TimeTicks.Tick> months = TimeTicks.of(new TimeScale(2021.9, 2022.8, 0, 1000), 30);
        assertThat(months).extracting(TimeTicks.Tick::month).startsWith(12, 1, 2, 3);
        assertThat(months.get(1).major()).isTrue();
        List<TimeTicks.Tick> years = TimeTicks.of(new TimeScale(1980, 2024, 0, 400), 30);
        assertThat(years).extracting(TimeTicks.Tick::year).contains(1980, 1990, 2000, 2010, 2020)
                .doesNotContain(2014);
    }

    @Test
    void yearTicksSitOnTheYearsTheTimelineTicks() {
        TimeScale scale = new TimeScale(1985, 2023.5, 60, 260);
        List<Double> timelineYears = TimeTicks.of(scale, TimeScale.MIN_TICK_SPACING).stream()
                .map(TimeTicks.Tick::time).toList();
        assertThat(scale.ticks()).containsExactlyElementsOf(timelineYears);
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThatThrownBy(() -> new TimeScale(2020, 2020, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(2020, 2021, 100, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
