package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;
import org.junit.jupiter.api.Test;

class CatalogMergeTest {

    private final Catalog book = TestCatalog.book();

    private static Model user(String id, String era, int line, long parameters) {
        return new Model(id, id, List.of(), PartialDate.parse("2023-06"), era, Optional.empty(), List.of("Me"),
                Family.AUTOREGRESSIVE, Kind.LLM, OptionalLong.of(parameters), Optional.of(true), Optional.empty(), List.of(),
                new Localized(id, id), Optional.empty(), List.of(), BookValues.NONE,
                new Provenance(Provenance.Origin.USER, "mine.json", line));
    }

    @Test
    void newIdsAreAddedWithTheUsersProvenance() {
        Catalog mine = new Catalog(List.of(user("my-model", "big-models", 5, 7_000_000_000L)), book.eras(), "mine");
        CatalogMerge.Result r = CatalogMerge.add(book, mine, "mine.json");
        assertThat(r.catalog().size()).isEqualTo(book.size() + 1);
        assertThat(r.catalog().model("my-model").orElseThrow().provenance().origin())
                .isEqualTo(Provenance.Origin.USER);
        assertThat(r.added()).extracting(Model::id).containsExactly("my-model");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.catalog().source()).endsWith(" + mine.json");
    }

    @Test
    void anIdTheCatalogHasIsSkippedAndTheBooksModelKept() {
        Model bookGpt3 = book.model("gpt-3").orElseThrow();
        Catalog mine = new Catalog(List.of(user("gpt-3", "big-models", 3, 1L)), book.eras(), "mine");
        CatalogMerge.Result r = CatalogMerge.add(book, mine, "mine.json");
        assertThat(r.catalog().model("gpt-3")).containsSame(bookGpt3);
        assertThat(r.catalog().size()).isEqualTo(book.size());
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.model().id()).isEqualTo("gpt-3");
            assertThat(s.reason()).isEqualTo(CatalogMerge.Reason.ID_TAKEN);
        });
    }

    @Test
    void anEraTheCatalogLacksIsSkipped() {
        Catalog mine = new Catalog(List.of(user("x", "my-era", 2, 1L)), book.eras(), "mine");
        CatalogMerge.Result r = CatalogMerge.add(book, mine, "mine.json");
        assertThat(r.skipped()).extracting(CatalogMerge.Skipped::reason).containsExactly(CatalogMerge.Reason.UNKNOWN_ERA);
        assertThat(r.catalog().eras()).isEqualTo(book.eras());
    }

    @Test
    void skippedModelsAreReportedInFileOrder() {
        Catalog mine = new Catalog(List.of(user("palm", "big-models", 9, 1L), user("gpt-3", "big-models", 3, 1L)),
                book.eras(), "mine");
        assertThat(CatalogMerge.add(book, mine, "f").skipped()).extracting(s -> s.model().id())
                .containsExactly("gpt-3", "palm");
    }

    @Test
    void openWeightsReadBackTheTriState() {
        Model open = user("a", "big-models", 1, 1L);
        assertThat(OpenWeights.of(open)).isEqualTo(OpenWeights.OPEN);
        Model unknown = new Model("b", "b", List.of(), PartialDate.parse("2023"), "big-models", Optional.empty(),
                List.of(), Family.OTHER, Kind.LLM, OptionalLong.empty(), Optional.empty(),
                Optional.of(OpenWeights.UNKNOWN_NOTE), List.of(), new Localized("b", "b"), Optional.empty(),
                List.of(), BookValues.NONE, new Provenance(Provenance.Origin.EPOCH, "f.csv", 2));
        assertThat(OpenWeights.of(unknown)).isEqualTo(OpenWeights.UNKNOWN);
        assertThat(OpenWeights.of(book.model("gpt-3").orElseThrow())).isEqualTo(OpenWeights.CLOSED);
    }
}
