package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time scale's compressed foundations: when the knee applies, its share, exactness and ticks. */
class KneeScaleTest {

    private static final double KNEE = 2014.0;
    private static final double SHARE = 0.08;
    private static final double MIN_PX = 52;

    private static TimeScale scale(double start, double end, double startPx, double endPx) {
        return TimeScale.compressedBefore(KNEE, SHARE, MIN_PX, start, end, startPx, endPx);
    }

    @ParameterizedTest
    @CsvSource({"1980.6,2023.8,40,1000", "1940.4,2025.5,8,1592", "1995,2015,0,700", "2013.9,2014.2,0,900"})
    void forwardAndBackwardAreExactInversesAndMonotonic(double start, double end, double p0, double p1) {
        TimeScale axis = scale(start, end, p0, p1);
        double previous = Double.NEGATIVE_INFINITY;
        for (double y = start - 2; y <= end + 2; y += (end - start) / 97) {
            double px = axis.forward(y);
            assertThat(px).isGreaterThan(previous);
            assertThat(axis.backward(px)).isCloseTo(y, within(1e-9));
            previous = px;
        }
        for (double px = p0; px <= p1; px += 7.3) {
            assertThat(axis.forward(axis.backward(px))).isCloseTo(px, within(1e-9));
        }
        assertThat(axis.forward(start)).isCloseTo(p0, within(1e-9));
        assertThat(axis.forward(end)).isCloseTo(p1, within(1e-9));
    }

    @Test
    void theFoundationsTakeTheirShareOfTheAxis() {
        TimeScale axis = scale(1980.6, 2023.8, 40, 1000);
        assertThat(axis.hasKnee()).isTrue();
        assertThat(axis.kneePx()).isEqualTo(axis.forward(KNEE));
        assertThat((axis.kneePx() - 40) / 960).isCloseTo(SHARE, within(1e-9));
        assertThat(axis.compressedPixelsPerYear()).isLessThan(axis.pixelsPerYear() / 10);
    }

    @Test
    void aShortAxisGivesTheFoundationsAtLeastTheirMinimumSize() {
        TimeScale axis = scale(1980.6, 2023.8, 0, 400);
        assertThat(axis.kneePx()).isCloseTo(MIN_PX, within(1e-9));
    }

    @Test
    void theKneeAppliesOnlyWhenTheRangeSpansItAndTheFoundationsWouldTakeMore() {
        assertThat(scale(2015, 2023, 0, 900).hasKnee()).as("after the knee").isFalse();
        assertThat(scale(1990, 2010, 0, 900).hasKnee()).as("inside the foundations").isFalse();
        assertThat(scale(2013.8, 2023, 0, 900).hasKnee()).as("foundations already small").isFalse();
        assertThat(scale(2013.8, 2023, 0, 900)).isEqualTo(new TimeScale(2013.8, 2023, 0, 900));
    }

    @Test
    void zoomingIntoTheFoundationsDecompressesWithoutAJump() {
        // the knee about to leave the view at the end: the foundations already have almost all of the axis
        TimeScale nearlyGone = scale(1995, KNEE + 1e-4, 0, 900);
        assertThat(nearlyGone.kneePx()).isGreaterThan(899);
        double previous = 0;
        for (double end = 2030; end > KNEE + 0.01; end -= 0.25) {
            double share = scale(1995, end, 0, 900).kneePx() / 900;
            assertThat(share).as("share at end %s", end).isGreaterThanOrEqualTo(previous - 1e-12);
            previous = share;
        }
    }

    @Test
    void theCompressedStretchGetsAFewDistinctTicksAndNoneAtTheKnee() {
        TimeScale axis = scale(1980.6, 2023.8, 40, 1000);
        double spacing = 33;
        List<TimeTicks.Tick> ticks = TimeTicks.of(axis, spacing);
        List<TimeTicks.Tick> compressed = ticks.stream().filter(t -> t.time() < KNEE).toList();
        assertThat(compressed).hasSizeBetween(1, 3);
        assertThat(compressed).allMatch(t -> t.year() % 10 == 0 && t.unit() == TimeTicks.Unit.YEAR);
        assertThat(ticks).extracting(TimeTicks.Tick::year).contains(2014).doesNotHaveDuplicates();
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(axis.forward(ticks.get(i).time()) - axis.forward(ticks.get(i - 1).time()))
                    .isGreaterThanOrEqualTo(spacing * 0.6);
        }
        assertThat(axis.ticks()).doesNotHaveDuplicates().contains(2014.0);
    }

    @Test
    void aKneeOutsideTheAxisIsRejected() {
        assertThatThrownBy(() -> new TimeScale(2000, 2020, 0, 100, 2021, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(2000, 2020, 0, 100, 2010, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
