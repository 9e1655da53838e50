package org.genaitimeline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import org.controlsfx.control.RangeSlider;
import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

class FilterSidebarTest extends FxTestBase {

    private final Catalog bookOnly = TestCatalogs.catalog();

    private List<String> familyRows(AppState state) throws Exception {
        FilterSidebar sidebar = layout(callFx(() -> new FilterSidebar(state)));
        return callFx(() -> sidebar.lookupAll("#facet-families .check-box").stream()
                .map(n -> ((CheckBox) n).getText()).toList());
    }

    @Test
    void anEraWithoutModelsHasNoRowUntilAModelFillsIt() throws Exception {
        Model gpt3 = bookOnly.model("gpt-3").orElseThrow();
        org.genaitimeline.catalog.Era later = new org.genaitimeline.catalog.Era("after-book",
                new org.genaitimeline.catalog.Localized("After the book", "本书之后"), java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2030, 12, 31), "#e9f3ec", new org.genaitimeline.catalog.Localized("s", "s"));
        List<org.genaitimeline.catalog.Era> eras = new ArrayList<>(bookOnly.eras());
        eras.add(later);
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(new Catalog(bookOnly.models(), eras, "test")));
        assertThat(eraRows(state)).doesNotContain("After the book");

        Model model2024 = new Model("x-2024", "X", List.of(), org.genaitimeline.catalog.PartialDate.of(2024, 5),
                "after-book", java.util.Optional.empty(), gpt3.developer(), Family.OTHER, gpt3.kind(),
                gpt3.parameters(), java.util.Optional.of(false), java.util.Optional.empty(), List.of(),
                gpt3.summary(), java.util.Optional.empty(), List.of(), gpt3.book(), gpt3.provenance());
        List<Model> models = new ArrayList<>(bookOnly.models());
        models.add(model2024);
        runFx(() -> state.setCatalog(new Catalog(models, eras, "test")));
        assertThat(eraRows(state)).contains("After the book");
    }

    private List<String> eraRows(AppState state) throws Exception {
        FilterSidebar sidebar = layout(callFx(() -> new FilterSidebar(state)));
        return callFx(() -> sidebar.lookupAll("#facet-eras .check-box").stream()
                .map(n -> ((CheckBox) n).getText()).toList());
    }

    @Test
    void theOtherTypeHasNoRowWhileNoModelIsOther() throws Exception {
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(bookOnly));

        assertThat(familyRows(state)).hasSize(7).contains("General").doesNotContain("Other");
    }

    @Test
    void theOtherRowAppearsOnceTheCatalogHasOtherModels() throws Exception {
        Model gpt3 = bookOnly.model("gpt-3").orElseThrow();
        Model imported = new Model("other-x", "Other X", List.of(), gpt3.date(), gpt3.era(), gpt3.eraNote(),
                gpt3.developer(), Family.OTHER, gpt3.kind(), gpt3.parameters(), java.util.Optional.of(false), gpt3.openSourceNote(),
                List.of(), gpt3.summary(), gpt3.paper(), List.of(), gpt3.book(), gpt3.provenance());
        List<Model> models = new ArrayList<>(bookOnly.models());
        models.add(imported);
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(new Catalog(models, bookOnly.eras(), "test")));

        assertThat(familyRows(state)).hasSize(8).contains("Other");
    }

    @Test
    void everyFigureTypeKeepsItsRowEvenWithoutModels() {
        Catalog empty = new Catalog(List.of(), bookOnly.eras(), "empty");

        assertThat(FilterSidebar.familyRows(empty)).containsExactly(Family.VAE, Family.GAN, Family.AUTOREGRESSIVE,
                Family.FLOW, Family.ENERGY_DIFFUSION, Family.MULTIMODAL, Family.GENERAL);
    }

    @Test
    void theYearTrackStartsAt2013AndItsLeftEndKeepsEveryEarlierModel() throws Exception {
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(bookOnly));
        FilterSidebar sidebar = layout(callFx(() -> new FilterSidebar(state)));
        RangeSlider slider = callFx(() -> (RangeSlider) sidebar.lookup("#facet-years .range-slider"));
        javafx.scene.control.Label range = callFx(() -> (javafx.scene.control.Label) sidebar.lookup("#years-range"));
        assertThat(bookOnly.firstYear()).isLessThan(2013);

        assertThat(slider.getMin()).isEqualTo(2013);
        assertThat(range.getText()).isEqualTo("\u2264 2013 \u2013 " + bookOnly.lastYear());

        runFx(() -> slider.setLowValue(2016));
        assertThat(state.getQuery().fromYear()).isEqualTo(2016);
        assertThat(range.getText()).isEqualTo("2016 \u2013 " + bookOnly.lastYear());

        runFx(() -> slider.setLowValue(2013));
        assertThat(state.getQuery().fromYear()).isNull();
        assertThat(state.models()).anyMatch(m -> m.date().year() < 2013);
    }

    @Test
    void theSizeTrackFollowsTheQueryBothWaysAndKeepsUnknownSizesOnRequest() throws Exception {
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(bookOnly));
        FilterSidebar sidebar = layout(callFx(() -> new FilterSidebar(state)));
        RangeSlider slider = callFx(() -> (RangeSlider) sidebar.lookup("#facet-parameters .range-slider"));
        javafx.scene.control.Label range = callFx(() ->
                (javafx.scene.control.Label) sidebar.lookup("#facet-parameters .facet-range"));
        CheckBox keepUnknown = callFx(() -> (CheckBox) sidebar.lookup("#keep-unknown-size"));
        double min = slider.getMin();
        double max = slider.getMax();
        long oneUp = Math.round(Math.pow(10, min + 1));
        long oneDown = Math.round(Math.pow(10, max - 1));

        runFx(() -> slider.setLowValue(min + 1));
        assertThat(state.getQuery().minParameters()).isEqualTo(oneUp);
        assertThat(range.getText()).startsWith(ModelFormat.parameters(oneUp, Language.EN) + " \u2013 ");

        runFx(() -> slider.setLowValue(min));
        assertThat(state.getQuery().minParameters()).isNull();

        runFx(() -> state.setQuery(state.getQuery().withParameters(null, oneDown, true)));
        assertThat(slider.getHighValue()).isEqualTo(max - 1);
        assertThat(keepUnknown.isSelected()).isTrue();
        assertThat(range.getText()).endsWith(" \u2013 " + ModelFormat.parameters(oneDown, Language.EN));

        runFx(() -> keepUnknown.setSelected(false));
        assertThat(state.getQuery().includeUnknownSize()).isFalse();
        assertThat(state.getQuery().maxParameters()).isEqualTo(oneDown);
    }
}
