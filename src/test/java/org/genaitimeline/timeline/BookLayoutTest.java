package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.TextMeasure;
import org.junit.jupiter.api.Test;

/** What the layout does for a book figure: the frame's legend block instead of its own row, the theme's circle size. */
class BookLayoutTest {

    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();

    private static TimelineSpec spec() {
        return TimelineSpec.of(BUNDLED.models(), BUNDLED.eras(), 1600, 2100, TextMeasure.approximate());
    }

    @Test
    void withoutItsOwnLegendTheLayoutHasNoLegendRowAndThePlotStartsHigher() {
        TimelineLayout own = TimelineLayout.compute(spec());
        TimelineLayout framed = TimelineLayout.compute(spec().withLegend(false));

        assertThat(own.legend()).isNotEmpty();
        assertThat(framed.legend()).isEmpty();
        assertThat(framed.plot().y()).isLessThan(own.plot().y() - own.legendTitle().h());
    }

    @Test
    void theMarkerScaleSizesTheCirclesAndNotTheText() {
        TimelineLayout plain = TimelineLayout.compute(spec());
        TimelineLayout larger = TimelineLayout.compute(spec().withMarkerScale(1.35));

        assertThat(larger.items().get(0).r()).isCloseTo(1.35 * plain.items().get(0).r(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(larger.fontSize()).isEqualTo(plain.fontSize());
    }
}
