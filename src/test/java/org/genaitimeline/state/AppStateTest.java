package org.genaitimeline.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppStateTest {

    private final Catalog catalog = TestCatalogs.catalog();
    private AppState state;

    @BeforeEach
    void setUp() {
        state = new AppState(Language.EN);
        state.setCatalog(catalog);
    }

    @Test
    void showsEveryModelChronologicallyWithoutFilters() {
        assertThat(state.models()).containsExactlyElementsOf(catalog.models());
    }

    @Test
    void queryNarrowsTheModels() {
        state.setQuery(ModelQuery.ALL.withEras(Set.of("vae-gan")));

        assertThat(state.models()).isNotEmpty().allMatch(m -> m.era().equals("vae-gan"));
        assertThat(state.models()).hasSize(catalog.inEra("vae-gan").size());
    }

    @Test
    void textQueryFindsByName() {
        state.setQuery(ModelQuery.ALL.withText("chinchilla"));

        assertThat(state.models()).extracting(Model::id).contains("chinchilla").doesNotContain("gan");
    }

    @Test
    void selectByIdAndClear() {
        state.select("palm");
        assertThat(state.getSelectedModel().name()).isEqualTo("PaLM");

        state.select("no-such-model");
        assertThat(state.getSelectedModel()).isNull();
    }

    @Test
    void selectionSurvivesACatalogThatHasTheModel() {
        state.select("gpt-3");
        state.setCatalog(TestCatalogs.catalog());

        assertThat(state.getSelectedModel()).isNotNull().extracting(Model::id).isEqualTo("gpt-3");
    }

    @Test
    void selectionClearsWhenTheNewCatalogLacksTheModel() {
        state.select("gpt-3");
        state.setCatalog(Catalog.empty());

        assertThat(state.getSelectedModel()).isNull();
        assertThat(state.models()).isEmpty();
    }

    @Test
    void textsFollowTheLanguage() {
        var tab = state.text("tab.tables");
        assertThat(tab.get()).isEqualTo("Tables");

        state.setLanguage(Language.ZH);

        assertThat(tab.get()).isEqualTo("表格");
    }

    @Test
    void textsWithArgumentsFollowTheirDependencies() {
        var count = state.text("status.count", () -> new Object[] {state.models().size(), catalog.size(), "x"},
                state.models());
        state.setQuery(ModelQuery.ALL.withEras(Set.of("foundations")));

        assertThat(count.get()).isEqualTo(catalog.inEra("foundations").size() + " of " + catalog.size()
                + " models \u00b7 x");
    }
}
