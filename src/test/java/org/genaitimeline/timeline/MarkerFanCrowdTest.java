package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A crowd its lane cannot hold (the compressed foundations of a large import): the markers that
 * find no free slot spread evenly over the lane's slots instead of piling onto its axis, where
 * 91 markers of the shared Epoch sample once lay on one spot.
 */
class MarkerFanCrowdTest {

    /** A lane ten markers wide (13 px markers and their pixel of air): slots -4 to +5 from its axis. */
    private static final Lane LANE = new Lane("other", "Other", 0, 0, 140, 63);
    private static final double DIAMETER = 14;

    private static Map<Double, Integer> fan(boolean airy, int count, double step) {
        MarkerFan fan = new MarkerFan(LANE, DIAMETER, airy);
        Map<Double, Integer> perSlot = new HashMap<>();
        for (int i = 0; i < count; i++) {
            double across = fan.place(100 + i * step);
            assertThat(across - DIAMETER / 2).isGreaterThanOrEqualTo(LANE.start());
            assertThat(across + DIAMETER / 2).isLessThanOrEqualTo(LANE.end());
            perSlot.merge(Math.rint(across), 1, Integer::sum);
        }
        return perSlot;
    }

    @Test
    void thirtyMarkersOfOneDateShareTheLanesTenSlotsEvenly() {
        for (boolean airy : new boolean[] {true, false}) {
            Map<Double, Integer> perSlot = fan(airy, 30, 0);
            assertThat(perSlot).as("airy %s", airy).hasSize(10);
            assertThat(perSlot.values()).as("airy %s", airy).allMatch(n -> n == 3);
        }
    }

    @Test
    void aCrowdAPixelApartStacksNoDeeperThanItMust() {
        Map<Double, Integer> perSlot = fan(true, 60, 0.5);
        assertThat(perSlot).hasSize(10);
        assertThat(perSlot.values()).allMatch(n -> n <= 6 + 1);
    }

    @Test
    void markersThatFitStillTakeSlotsOfTheirOwn() {
        Map<Double, Integer> perSlot = fan(true, 10, 0);
        assertThat(perSlot).hasSize(10);
        assertThat(perSlot.values()).allMatch(n -> n == 1);
    }
}
