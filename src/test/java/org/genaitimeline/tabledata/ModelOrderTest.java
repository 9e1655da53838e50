package org.genaitimeline.tabledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.tabledata.ModelOrder.Column;
import org.genaitimeline.tabledata.ModelOrder.Key;
import org.junit.jupiter.api.Test;

class ModelOrderTest {

    private final Catalog catalog = TestCatalogs.catalog();

    private List<String> sorted(List<Model> models, boolean printed, Key... keys) {
        List<Model> copy = new ArrayList<>(models);
        List<String> eras = catalog.eras().stream().map(e -> e.id()).toList();
        copy.sort(ModelOrder.of(List.of(keys), printed, Language.EN, eras::indexOf, ModelOrder.bookOrder()));
        return copy.stream().map(Model::id).toList();
    }

    @Test
    void largestFirstWhenDescendingWithUnknownSizesLast() {
        List<String> ids = sorted(catalog.models(), false, new Key(Column.PARAMETERS, false));

        assertThat(ids.indexOf("palm")).isLessThan(ids.indexOf("gpt-3"));
        int firstUnknown = firstUnknown(ids, false);
        assertThat(ids.subList(firstUnknown, ids.size()))
                .allMatch(id -> catalog.model(id).orElseThrow().parameters().isEmpty());
        assertThat(firstUnknown).isGreaterThan(0);
    }

    @Test
    void smallestFirstWhenAscendingWithUnknownSizesStillLast() {
        List<String> ids = sorted(catalog.models(), false, new Key(Column.PARAMETERS, true));

        assertThat(ids.indexOf("gpt-3")).isLessThan(ids.indexOf("palm"));
        assertThat(ids.get(0)).isEqualTo("gpt");
        assertThat(ids.subList(firstUnknown(ids, false), ids.size()))
                .allMatch(id -> catalog.model(id).orElseThrow().parameters().isEmpty());
    }

    @Test
    void weightsNobodyStatedSortLastInBothDirections() {
        Model gan = catalog.model("gan").orElseThrow();
        Model notStated = new Model("zz-not-stated", "Z", List.of(), gan.date(), gan.era(), gan.eraNote(),
                gan.developer(), gan.family(), gan.kind(), gan.parameters(), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), gan.summary(), gan.paper(), List.of(), gan.book(),
                gan.provenance());
        List<Model> models = new ArrayList<>(catalog.models());
        models.add(0, notStated);
        for (boolean ascending : new boolean[] {true, false}) {
            List<String> ids = sorted(models, false, new Key(Column.OPEN_SOURCE, ascending));
            assertThat(ids).last().isEqualTo("zz-not-stated");
            Model first = catalog.model(ids.get(0)).orElseThrow();
            assertThat(first.openSource()).hasValue(!ascending);
        }
    }

    @Test
    void tiesAreBrokenById() {
        // GPT-3 and OPT are both 175B: their order must not depend on the input order.
        List<Model> models = new ArrayList<>(catalog.models());
        List<String> forward = sorted(models, false, new Key(Column.PARAMETERS, false));
        java.util.Collections.reverse(models);
        List<String> backward = sorted(models, false, new Key(Column.PARAMETERS, false));

        assertThat(forward).isEqualTo(backward);
        assertThat(forward.indexOf("gpt-3")).isLessThan(forward.indexOf("opt"));
    }

    @Test
    void bookTableUsesPrintedSizes() {
        // Luminous: the source gives no size, the book prints one; in the book table it sorts as known.
        List<String> ids = sorted(catalog.table(BookTable.LLM), true, new Key(Column.PARAMETERS, false));

        assertThat(ids.get(ids.size() - 1)).isEqualTo("gpt-4");
        assertThat(ids).contains("luminous");
        assertThat(ids.indexOf("luminous")).isLessThan(ids.indexOf("gpt-4"));
    }

    @Test
    void datesSortChronologicallyNotAlphabetically() {
        List<String> ids = sorted(catalog.models(), false, new Key(Column.DATE, true));

        assertThat(ids.get(0)).isEqualTo("lstm");
        assertThat(ids.indexOf("gan")).isLessThan(ids.indexOf("gpt-3"));
        assertThat(ids.indexOf("gpt-3")).isLessThan(ids.indexOf("gpt-4"));
    }

    @Test
    void noSortKeepsBookOrder() {
        List<Model> table = catalog.table(BookTable.LLM);
        List<Model> shuffled = new ArrayList<>(table);
        java.util.Collections.reverse(shuffled);

        assertThat(sorted(shuffled, true)).isEqualTo(table.stream().map(Model::id).toList());
    }

    private int firstUnknown(List<String> ids, boolean printed) {
        for (int i = 0; i < ids.size(); i++) {
            Model m = catalog.model(ids.get(i)).orElseThrow();
            if ((printed ? m.printedParameters() : m.parameters()).isEmpty()) {
                return i;
            }
        }
        return ids.size();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Column.class)
    void theOrderIsTheSameInEnglishAndChineseForEveryColumnAndDirection(Column column) {
        List<String> eras = catalog.eras().stream().map(e -> e.id()).toList();
        for (boolean printed : new boolean[] {false, true}) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<Key> keys = List.of(new Key(column, ascending));
                List<Model> en = new ArrayList<>(catalog.models());
                List<Model> zh = new ArrayList<>(catalog.models());
                en.sort(ModelOrder.of(keys, printed, Language.EN, eras::indexOf, ModelOrder.bookOrder()));
                zh.sort(ModelOrder.of(keys, printed, Language.ZH, eras::indexOf, ModelOrder.bookOrder()));
                assertThat(zh).as("%s printed=%s ascending=%s", column, printed, ascending).isEqualTo(en);
            }
        }
    }
}
