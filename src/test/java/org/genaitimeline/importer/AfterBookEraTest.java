package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.junit.jupiter.api.Test;

/** With the bundled data's fifth era, later imports sit in it, with no note needed. */
class AfterBookEraTest {

    private final Catalog book = new Catalog(TestCatalog.book().models(), TestCatalog.erasWithAfterBook(), "test");

    private Model imported(String id) {
        ImportResult r = new EpochImport().importFile(EpochCsvReaderTest.excerpt(), book, Progress.NONE, () -> false);
        return r.catalog().orElseThrow().model(id).orElseThrow();
    }

    @Test
    void modelsFrom2024OnGoIntoTheAfterTheBookEraWithoutANote() {
        Model grok = imported("epoch-grok-3");
        assertThat(grok.era()).isEqualTo("after-book");
        assertThat(grok.eraNote()).isEmpty();
    }

    @Test
    void modelsOf2023StayInTheBooksLastEra() {
        // ERNIE 3.0 (2021) stays with the book's big models; before 1985 still needs a note.
        assertThat(imported("epoch-ernie-3-0").era()).isEqualTo("big-models");
        assertThat(imported("epoch-hopfield-network").eraNote()).isPresent();
    }
}
