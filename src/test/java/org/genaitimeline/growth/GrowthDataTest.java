package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

class GrowthDataTest {

    private final Model gpt3 = TestModels.model("gpt-3", "2020-05-28", Family.AUTOREGRESSIVE, 175_000_000_000L);
    private final Model unknown = TestModels.model("chatgpt", "2022-11-30", Family.AUTOREGRESSIVE, null);
    private final Model zero = TestModels.model("stylegan-xl", "2022-02-01", Family.GAN, 0L);
    private final Model gan = TestModels.model("biggan", "2018-09-28", Family.GAN, 158_000_000L);
    private final Model figureOnly = TestModels.model("gpt-4", "GPT-4", "2023-03-16", Family.AUTOREGRESSIVE, null,
            1_000_000_000_000L);

    @Test
    void modelsWithoutAPositiveSourcedSizeAreNeverPlottedButListed() {
        // GPT-4's 1,000B is only the figure data's guess: by default it is no size at all.
        GrowthData d = GrowthData.of(List.of(gpt3, unknown, zero, figureOnly), true, Language.EN);
        assertThat(d.points()).extracting(p -> p.model().id()).containsExactly("gpt-3");
        assertThat(d.noSize()).containsExactly(unknown, zero, figureOnly);
    }

    @Test
    void byDefaultTheSourcedSizeIsPlottedAndInBookModeThePrintedOneMarked() {
        Model glide = TestModels.model("glide", "GLIDE", "2021-12-20", Family.MULTIMODAL, 3_500_000_000L,
                5_000_000_000L);
        assertThat(GrowthData.of(List.of(glide), false, Language.EN).points().get(0).size()).isEqualTo("3.5B");
        GrowthPoint printed = GrowthData.of(List.of(glide), false, true, Language.EN).points().get(0);
        assertThat(printed.size()).isEqualTo("5B\u2020");
        assertThat(printed.booksOwn()).isTrue();
    }

    @Test
    void bookModeIsExactlyThePrintedPointsAndListsNothingAsLeftOut() {
        // gpt-3 has a sourced size but no printed point; gpt-4 a printed one and no sourced size.
        GrowthData d = GrowthData.of(List.of(gpt3, unknown, zero, figureOnly, gan), true, true, Language.EN);
        assertThat(d.points()).extracting(p -> p.model().id()).containsExactly("gpt-4");
        assertThat(d.noSize()).isEmpty();
        assertThat(d.otherType()).isEmpty();
    }

    @Test
    void byDefaultOnlyTheFiguresTwoSeriesOtherTypesOnRequest() {
        GrowthData figure = GrowthData.of(List.of(gpt3, gan), false, Language.EN);
        assertThat(figure.seriesOrder()).containsExactly(Family.AUTOREGRESSIVE);
        assertThat(figure.otherType()).containsExactly(gan);
        GrowthData all = GrowthData.of(List.of(gpt3, gan), true, Language.EN);
        assertThat(all.seriesOrder()).containsExactly(Family.GAN, Family.AUTOREGRESSIVE);
        assertThat(all.otherType()).isEmpty();
    }

    @Test
    void theNoteCountsAndNamesTheLeftOutModels() {
        GrowthLayout l = GrowthLayout.of(List.of(gpt3, unknown, gan), GrowthSpec.figure(), 1280, 800,
                TextMeasure.approximate());
        assertThat(l.notes()).containsExactly("Not plotted (no known size): 1 \u2014 CHATGPT",
                "Not plotted (model type not shown; show every type as a series): 1 \u2014 BIGGAN");
    }

    @Test
    void aLongNoteIsCutToTheWidthWithACount() {
        Catalog c = TestModels.bundled();
        GrowthLayout l = GrowthLayout.of(c.models(), GrowthSpec.figure(), 800, 600, TextMeasure.approximate());
        assertThat(l.notes().get(0)).startsWith("Not plotted (no known size): ").contains("more");
        assertThat(TextMeasure.approximate().width(l.notes().get(0), l.sizes().note(), false)).isLessThan(800);
    }

    @Test
    void theDefaultRangeIsTheFiguresAndGrowsToFitTheData() {
        GrowthLayout figure = GrowthLayout.of(List.of(gpt3), GrowthSpec.figure(), 1280, 800,
                TextMeasure.approximate());
        assertThat(figure.xScale().domainMin()).isEqualTo(2018.0);
        assertThat(figure.xScale().domainMax()).isEqualTo(2023.5);
        assertThat(figure.yTicks()).extracting(GrowthLayout.Tick::value).startsWith(0.1).endsWith(1000.0);
        Model big = TestModels.model("big", "2024-06-01", Family.AUTOREGRESSIVE, 1_800_000_000_000L);
        GrowthLayout grown = GrowthLayout.of(List.of(gpt3, big), GrowthSpec.figure(), 1280, 800,
                TextMeasure.approximate());
        assertThat(grown.xScale().domainMax()).isGreaterThan(2024.4);
        assertThat(grown.yTicks()).extracting(GrowthLayout.Tick::value).endsWith(2000.0);
    }

    @Test
    void theFigureDateIsTheDataFilesDayNotTheProsesYear() {
        Catalog c = TestModels.bundled();
        assertThat(GrowthPoint.figureDate(c.model("lamda").orElseThrow()).toString()).isEqualTo("2022-01-20");
        assertThat(GrowthPoint.figureDate(c.model("gpt-2").orElseThrow()).toString()).isEqualTo("2019-02-14");
    }

    @Test
    void lineageWalksThroughUnplottedModels() {
        Model a = TestModels.model("a", "2019-01-01", Family.AUTOREGRESSIVE, 1_000_000_000L);
        Model hidden = TestModels.model("hidden", "2020-01-01", Family.GENERAL, null, "a");
        Model b = TestModels.model("b", "2021-01-01", Family.AUTOREGRESSIVE, 2_000_000_000L, "hidden", "a");
        Model c = TestModels.model("c", "2022-01-01", Family.AUTOREGRESSIVE, 3_000_000_000L, "b");
        Catalog cat = new Catalog(List.of(a, hidden, b, c), List.of(), "test");
        assertThat(Lineage.of(b, java.util.Set.of("a", "b", "c"), cat)).containsExactlyInAnyOrder(
                new Lineage.Link("a", "b", true), new Lineage.Link("b", "c", true));
        Model d = TestModels.model("d", "2022-01-01", Family.AUTOREGRESSIVE, 3_000_000_000L, "hidden");
        Catalog cat2 = new Catalog(List.of(a, hidden, d), List.of(), "test");
        assertThat(Lineage.of(d, java.util.Set.of("a", "d"), cat2)).containsExactly(new Lineage.Link("a", "d", false));
    }
}
