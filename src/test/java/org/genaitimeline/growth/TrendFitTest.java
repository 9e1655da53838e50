package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

class TrendFitTest {

    @Test
    void exactExponentialGrowthGivesItsExactDoublingTime() {
        // Doubling every 6 months: four doublings in two years.
        double[] years = {2018.0, 2018.5, 2019.0, 2019.5, 2020.0, 2021.25};
        double[] sizes = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            sizes[i] = 0.117e9 * Math.pow(2, (years[i] - 2018) * 2);
        }
        TrendFit fit = TrendFit.of(years, sizes);
        assertThat(fit.isOk()).isTrue();
        assertThat(fit.doublingMonths()).isCloseTo(6.0, within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
        assertThat(fit.direction()).isEqualTo(TrendFit.Direction.GROWING);
        assertThat(fit.valueAt(2019.0)).isCloseTo(0.117e9 * 4, within(1e-3));
    }

    @Test
    void shrinkingSizesGiveAHalvingTime() {
        TrendFit fit = TrendFit.of(new double[] {2022, 2023}, new double[] {100, 25});
        assertThat(fit.direction()).isEqualTo(TrendFit.Direction.SHRINKING);
        assertThat(fit.doublingMonths()).isCloseTo(-6.0, within(1e-9));
        assertThat(fit.monthsPerFactorOfTwo()).isCloseTo(6.0, within(1e-9));
        assertThat(new GrowthText(Language.EN).trend(fit)).startsWith("halving every 6.0 months");
    }

    @Test
    void oneDateIsNotEnoughForATrend() {
        TrendFit fit = TrendFit.of(new double[] {2022.3, 2022.3, 2022.3}, new double[] {1, 2, 3});
        assertThat(fit.status()).isEqualTo(TrendFit.Status.NOT_ENOUGH_POINTS);
        assertThat(fit.doublingMonths()).isNaN();
        assertThat(new GrowthText(Language.EN).trend(fit)).isEqualTo("not enough points for a trend (3)");
        assertThat(TrendFit.of(new double[0], new double[0]).isOk()).isFalse();
    }

    @Test
    void sizesAtOrBelowZeroAreRejected() {
        assertThatThrownBy(() -> TrendFit.of(new double[] {1, 2}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegendTextNamesDoublingTimeAndRSquared() {
        TrendFit fit = TrendFit.of(new double[] {2018, 2019, 2020}, new double[] {1, 4, 16});
        assertThat(new GrowthText(Language.EN).trend(fit)).isEqualTo("doubling every 6.0 months, R\u00b2 1.00");
        assertThat(new GrowthText(Language.ZH).trend(fit)).isEqualTo("每 6.0 个月翻一番，R² 1.00");
    }

    @Test
    void theBundledLlmSeriesDoublesInAFinitePositiveTime() {
        Catalog catalog = TestModels.bundled();
        GrowthData data = GrowthData.of(catalog.models(), false, Language.EN);
        List<GrowthPoint> llms = data.series().get(Family.AUTOREGRESSIVE);
        assertThat(llms).extracting(p -> p.model().id()).contains("gpt", "gpt-3", "palm", "megatron-turing-nlg");
        TrendFit fit = GrowthData.fit(llms);
        assertThat(fit.isOk()).isTrue();
        assertThat(fit.doublingMonths()).isFinite().isPositive();
        assertThat(fit.rSquared()).isBetween(0.0, 1.0);
    }
}
