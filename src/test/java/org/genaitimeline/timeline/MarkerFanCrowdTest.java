package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A crowd its lane cannot hold (the compressed foundations of a large import): the markers that
 * find no slot of their own are folded, never drawn over another, where 91 markers of the
 * shared Epoch sample once lay on one spot and later piled six deep.
 */
class MarkerFanCrowdTest {

    /** A lane ten markers wide (13 px markers and their pixel of air): slots -4 to +5 from its axis. */
    private static final Lane LANE = new Lane("other", "Other", 0, 0, 140, 63);
    private static final double DIAMETER = 14;

    private record Fanned(double along, double across) {
    }

    /** The markers drawn (folded ones left out), each checked to lie inside the lane. */
    private static List<Fanned> fan(Lane lane, boolean airy, int count, double step) {
        MarkerFan fan = new MarkerFan(lane, DIAMETER, airy);
        List<Fanned> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double along = 100 + i * step;
            double across = fan.place(along);
            if (Double.isNaN(across)) {
                continue;
            }
            assertThat(across - DIAMETER / 2).isGreaterThanOrEqualTo(lane.start());
            assertThat(across + DIAMETER / 2).isLessThanOrEqualTo(lane.end());
            drawn.add(new Fanned(along, across));
        }
        return drawn;
    }

    private static Map<Double, Integer> perSlot(List<Fanned> drawn) {
        Map<Double, Integer> perSlot = new HashMap<>();
        drawn.forEach(f -> perSlot.merge(Math.rint(f.across()), 1, Integer::sum));
        return perSlot;
    }

    /** No two drawn markers' squares overlap by more than the two pixels of rounding the fan allows. */
    private static void assertNoneOverprinted(List<Fanned> drawn) {
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                Fanned a = drawn.get(i);
                Fanned b = drawn.get(j);
                double apart = Math.max(Math.abs(a.along() - b.along()), Math.abs(a.across() - b.across()));
                assertThat(apart).as("markers %d and %d", i, j).isGreaterThanOrEqualTo(DIAMETER - 2);
            }
        }
    }

    @Test
    void thirtyMarkersOfOneDateFillTheLanesTenSlotsAndFoldTheRest() {
        for (boolean airy : new boolean[] {true, false}) {
            List<Fanned> drawn = fan(LANE, airy, 30, 0);
            assertThat(drawn).as("airy %s", airy).hasSize(10);
            assertThat(perSlot(drawn).values()).as("airy %s", airy).allMatch(n -> n == 1);
            assertNoneOverprinted(drawn);
        }
    }

    @Test
    void aCrowdAPixelApartIsDrawnAsDenseAsItCanBeWithoutOverprinting() {
        List<Fanned> drawn = fan(LANE, true, 60, 0.5);
        assertNoneOverprinted(drawn);
        // 30 px along the lane: each of its ten slots holds the first and the last of the run, and
        // no more (each marker needs a diameter along time of its slot).
        assertThat(perSlot(drawn)).hasSize(10);
        assertThat(drawn.size()).isBetween(10, 30);
    }

    @Test
    void markersThatFitStillTakeSlotsOfTheirOwn() {
        List<Fanned> drawn = fan(LANE, true, 10, 0);
        assertThat(drawn).hasSize(10);
        assertThat(perSlot(drawn).values()).allMatch(n -> n == 1);
    }

    @Test
    void aLaneTooThinToFanSharesItsSlotRatherThanFold() {
        // Two markers wide: a sparse lane sized for its labels (two triangles of one season).
        Lane thin = new Lane("flow", "Flow", 0, 0, 2 * DIAMETER + 2, DIAMETER / 2 + 1);
        List<Fanned> drawn = fan(thin, true, 3, 0);
        assertThat(drawn).hasSize(3);
    }
}
