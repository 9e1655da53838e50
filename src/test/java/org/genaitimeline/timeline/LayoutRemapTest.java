package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The steps of a pan or zoom gesture, drawn from the last full layout moved to the new range. */
class LayoutRemapTest {

    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();

    private static TimelineLayout full(Orientation o, double start, double end) {
        return TimelineLayout.compute(TimelineSpec.of(BUNDLED.models(), BUNDLED.eras(), 1100, 800,
                TextMeasure.approximate()).withOrientation(o).withRange(start, end));
    }

    private static double along(Orientation o, double x, double y) {
        return o == Orientation.VERTICAL ? y : x;
    }

    /** A label's offset to its marker, both ways. */
    private static double[] offset(TimelineLayout.Item it) {
        Box b = it.label().box();
        return new double[] {b.x() - it.x(), b.y() - it.y()};
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void aPanMovesEveryMarkerByTheScalesShiftAndKeepsEachLabelsOffset(Orientation o) {
        TimelineLayout before = full(o, 2020, 2023);
        TimelineLayout after = LayoutRemap.toRange(before, 2020.4, 2023.4);
        double shift = -0.4 * before.axis().pixelsPerYear();
        assertThat(after.axis().start()).isEqualTo(2020.4);
        int kept = 0;
        for (int i = 0; i < before.items().size(); i++) {
            TimelineLayout.Item was = before.items().get(i);
            TimelineLayout.Item now = after.items().get(i);
            assertThat(now.model()).isEqualTo(was.model());
            assertThat(along(o, now.x(), now.y()) - along(o, was.x(), was.y())).isCloseTo(shift, within(1e-6));
            assertThat(o == Orientation.VERTICAL ? now.x() : now.y())
                    .isEqualTo(o == Orientation.VERTICAL ? was.x() : was.y());
            if (now.label() != null) {
                kept++;
                assertThat(offset(now)).containsExactly(offset(was), within(1e-6));
                now.label().leader().ifPresent(l -> assertThat(along(o, l.toX(), l.toY()))
                        .isCloseTo(along(o, was.label().leader().orElseThrow().toX(),
                                was.label().leader().orElseThrow().toY()) + shift, within(1e-6)));
            }
        }
        assertThat(kept).as("labels kept").isGreaterThan(10);
        assertThat(after.eraBands()).isNotEmpty();
        assertThat(after.axisLabels()).extracting(TimelineLayout.AxisLabel::text).contains("2023");
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void aZoomPutsEachMarkerAtItsTimeAndKeepsItsLabelBesideIt(Orientation o) {
        TimelineLayout before = full(o, 2020, 2023);
        TimelineLayout after = LayoutRemap.toRange(before, 2021, 2022.5);
        for (int i = 0; i < before.items().size(); i++) {
            TimelineLayout.Item was = before.items().get(i);
            TimelineLayout.Item now = after.items().get(i);
            assertThat(along(o, now.x(), now.y())).isCloseTo(after.axis().forward(now.time()), within(1e-6));
            if (now.label() != null) {
                assertThat(offset(now)).containsExactly(offset(was), within(1e-6));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void whatLeavesTheViewIsNotPainted(Orientation o) {
        TimelineLayout before = full(o, 2020, 2023);
        TimelineLayout after = LayoutRemap.toRange(before, 2021.5, 2024.5);
        Box plot = after.plot();
        int[] range = after.visibleRange();
        List<TimelineLayout.Item> items = after.items();
        long culled = 0;
        for (int i = 0; i < items.size(); i++) {
            TimelineLayout.Item it = items.get(i);
            boolean hadLabel = before.items().get(i).label() != null;
            if (it.label() == null) {
                culled += hadLabel ? 1 : 0;
                continue;
            }
            assertThat(i).as("%s labelled inside the view", it.model().id()).isBetween(range[0], range[1] - 1);
            assertThat(it.label().box().intersects(plot)).as("label of %s on the plot", it.model().id()).isTrue();
        }
        assertThat(culled).as("labels that left the view").isPositive();
        after.badges().forEach(b -> assertThat(b.box().intersects(plot)).as("badge %s", b.text()).isTrue());
        after.items().stream().filter(it -> it.badge() >= 0)
                .forEach(it -> assertThat(after.badges().get(it.badge()).members()).contains(it.model()));
    }
}
