package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.TextMeasure;
import org.junit.jupiter.api.Test;

/**
 * The painter clips nothing but what reaches over the plot's edge (a clip is slow in the
 * software renderer), and along time nothing does: the axis lies a marker inside the plot, so a
 * model at either end of the range is drawn whole, and one farther out is not drawn at all
 * rather than cut in half.
 */
class TimelineEdgesTest {

    @Test
    void onlyMarkersOverThePlotsEdgeAreCutAndTheRestIsPaintedPlainly() {
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            models.add(TestModels.model("m" + i, String.format("%d-%02d-15", 2019 + i / 12, 1 + i % 12),
                    Family.AUTOREGRESSIVE));
        }
        // A day before the range ends and a day before it starts: half in, half out.
        models.add(TestModels.model("edge-end", "2020-07-01", Family.AUTOREGRESSIVE));
        models.add(TestModels.model("edge-start", "2019-12-31", Family.AUTOREGRESSIVE));
        // Ten days out: past the margin within which a model is still placed.
        models.add(TestModels.model("past-start", "2019-12-21", Family.AUTOREGRESSIVE));
        TimelineLayout l = TimelineLayout.compute(TimelineSpec.of(models, List.of(), 1600, 1000,
                TextMeasure.approximate()).withRange(2020.0, 2020.5));
        TimelinePainter.Edges edges = TimelinePainter.Edges.of(l, 1);
        int[] range = l.visibleRange();
        int cut = 0;
        int plain = 0;
        List<String> drawn = new ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            TimelineLayout.Item it = l.items().get(i);
            boolean inside = l.plot().encloses(Box.around(it.x(), it.y(), it.r() * 1.6 + 1))
                    && (it.label() == null || l.plot().encloses(it.label().box()));
            boolean special = edges.cropped()[i - range[0]] || edges.clipped()[i - range[0]];
            assertThat(special).as("%s inside=%s", it.model().id(), inside).isEqualTo(!inside);
            drawn.add(it.model().id());
            cut += special ? 1 : 0;
            plain += special ? 0 : 1;
        }
        assertThat(drawn).contains("edge-start", "edge-end").doesNotContain("past-start");
        assertThat(cut).as("markers cut at the plot's edge").isZero();
        assertThat(plain).isGreaterThanOrEqualTo(5);
    }
}
