package org.genaitimeline.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;
import org.junit.jupiter.api.Test;

class QueryCodecTest {

    @Test
    void emptyQueryIsEmptyText() {
        assertThat(QueryCodec.encode(ModelQuery.ALL)).isEmpty();
        assertThat(QueryCodec.decode("")).isEqualTo(ModelQuery.ALL);
    }

    @Test
    void everyFacetRoundTrips() {
        ModelQuery q = ModelQuery.ALL.withEras(Set.of("vae-gan", "big-models"))
                .withFamilies(Set.of(Family.GAN, Family.MULTIMODAL)).withKinds(Set.of(Kind.LLM))
                .withDevelopers(Set.of("Google", "Hugging Face, BigScience")).withOpen(ModelQuery.OpenFilter.CLOSED)
                .withYears(2015, 2021).withParameters(100_000_000L, 1_000_000_000_000L, false)
                .withTables(Set.of(BookTable.LLM)).withOrigins(Set.of(Provenance.Origin.USER))
                .withText("语言 model; a=b, c");

        assertThat(QueryCodec.decode(QueryCodec.encode(q))).isEqualTo(q);
    }

    @Test
    void unknownKeyIsRejected() {
        assertThatThrownBy(() -> QueryCodec.decode("colour=red")).isInstanceOf(IllegalArgumentException.class);
    }
}
