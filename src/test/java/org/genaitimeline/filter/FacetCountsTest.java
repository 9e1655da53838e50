package org.genaitimeline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private final Catalog catalog = TestCatalogs.catalog();

    @Test
    void withoutFiltersEachEraCountsItsModels() {
        var counts = FacetCounts.eras(catalog.models(), ModelQuery.ALL);

        catalog.eras().forEach(e -> assertThat(counts.getOrDefault(e.id(), 0)).isEqualTo(catalog.inEra(e.id()).size()));
    }

    @Test
    void aFacetsOwnChoiceDoesNotChangeItsCounts() {
        ModelQuery onlyOneEra = ModelQuery.ALL.withEras(Set.of("foundations"));

        assertThat(FacetCounts.eras(catalog.models(), onlyOneEra))
                .isEqualTo(FacetCounts.eras(catalog.models(), ModelQuery.ALL));
    }

    @Test
    void otherFacetsNarrowTheCounts() {
        ModelQuery llms = ModelQuery.ALL.withKinds(Set.of(Kind.LLM));
        var counts = FacetCounts.eras(catalog.models(), llms);

        assertThat(counts.getOrDefault("vae-gan", 0)).isZero();
        assertThat(counts.get("big-models")).isEqualTo(
                (int) catalog.inEra("big-models").stream().filter(m -> m.kind() == Kind.LLM).count());
    }

    @Test
    void familyCountsFollowTheEraChoice() {
        ModelQuery early = ModelQuery.ALL.withEras(Set.of("vae-gan"));
        var counts = FacetCounts.families(catalog.models(), early);

        assertThat(counts.get(Family.GAN)).isEqualTo(2);
        assertThat(counts.getOrDefault(Family.MULTIMODAL, 0)).isZero();
    }

    @Test
    void developerCountsIgnoreCase() {
        var counts = FacetCounts.developers(catalog.models(), ModelQuery.ALL);

        assertThat(counts.get("openai")).isEqualTo(counts.get("OpenAI")).isPositive();
    }
}
