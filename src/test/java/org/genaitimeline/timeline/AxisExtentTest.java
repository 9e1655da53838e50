package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimeScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default range runs from the first model to the last, the foundations compressed. */
class AxisExtentTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();
    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();

    private static TimelineLayout layout(List<Model> models, Orientation o, double w, double h) {
        return TimelineLayout.compute(TimelineSpec.of(models, BUNDLED.eras(), w, h, MEASURE).withOrientation(o));
    }

    private static double last(List<Model> models) {
        return models.stream().mapToDouble(TimelineLayout::timeOf).max().orElseThrow();
    }

    /** Every circle inside the plot along the time axis, the foundations included. */
    private static void assertEveryModelInsideThePlot(TimelineLayout l, List<Model> models) {
        TimeScale axis = l.axis();
        assertThat(l.items()).hasSameSizeAs(models);
        for (TimelineLayout.Item it : l.items()) {
            double at = axis.forward(it.time());
            assertThat(at - it.r()).as(it.model().id()).isGreaterThanOrEqualTo(axis.startPx());
            assertThat(at + it.r()).as(it.model().id()).isLessThanOrEqualTo(axis.endPx());
        }
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL,1600,1000", "HORIZONTAL,1600,1000", "VERTICAL,1280,800", "HORIZONTAL,1920,1080"})
    void theBundledCatalogShowsTheFoundationsCompressedAndTheBookYearsNearlyWhole(Orientation o, double w,
            double h) {
        TimelineLayout l = layout(BUNDLED.models(), o, w, h);
        assertEveryModelInsideThePlot(l, BUNDLED.models());
        TimeScale axis = l.axis();
        assertThat(axis.hasKnee()).isTrue();
        assertThat(axis.kneeYear()).isEqualTo(2014.0);
        double bookYears = (axis.forward(last(BUNDLED.models())) - axis.forward(2014.0))
                / (axis.endPx() - axis.startPx());
        assertThat(bookYears).as("share of 2014 to the last model").isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void importedModelsAfterTheBookExtendTheAxis(Orientation o) {
        List<Model> models = new ArrayList<>(BUNDLED.models());
        models.add(TestModels.model("epoch-a", "2024-03-04", Family.AUTOREGRESSIVE));
        models.add(TestModels.model("epoch-b", "2024-12-11", Family.MULTIMODAL));
        models.add(TestModels.model("epoch-c", "2025-02-17", Family.AUTOREGRESSIVE));
        TimelineLayout l = layout(models, o, 1600, 1000);
        assertThat(l.axis().end()).isGreaterThan(2025.13);
        assertEveryModelInsideThePlot(l, models);
        assertThat(l.eraBands()).extracting(b -> b.era().id()).contains("foundations", "after-book");
    }
}
