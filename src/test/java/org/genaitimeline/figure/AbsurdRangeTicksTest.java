package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range no catalog has (a hand-edited view reaching 3e9, ±1e300) gets the ticks of the
 * years a date can name, and returns: the year loop once overflowed its int and never ended.
 * The timeout only turns such a hang into a failure; it does not measure speed.
 */
class AbsurdRangeTicksTest {

    @ParameterizedTest
    @CsvSource({"3e9, 3.0000001e9", "2020, 3e9", "-1e300, 1e300", "-1e300, -1e299", "9000, 12000", "1e300, 1.5e300"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void ticksOfAnAbsurdRangeStayWithinNameableYears(double start, double end) {
        for (double px : new double[] {200, 4000}) {
            List<TimeTicks.Tick> ticks = TimeTicks.of(new TimeScale(start, end, 0, px), 30);
            assertThat(ticks).allSatisfy(t -> assertThat(t.year()).isBetween(1, 9998));
            assertThat(ticks.size()).isLessThanOrEqualTo((int) (px / 30) + 2);
        }
    }
}
