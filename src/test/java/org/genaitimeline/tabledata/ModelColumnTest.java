package org.genaitimeline.tabledata;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.tabledata.ModelOrder.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables' columns, which the Tables tab and the exports share. */
class ModelColumnTest {

    private static final Catalog CATALOG = TestCatalogs.catalog();

    private static String cell(Column id, String model, Language language) {
        Model m = CATALOG.model(model).orElseThrow();
        ModelColumn column = ModelColumn.CATALOG.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        return column.value().of(m, new ModelColumn.Cells(Messages.of(language), CATALOG));
    }

    @ParameterizedTest
    @CsvSource({"EN, 'TU Munich, IDSIA'", "ZH, TU Munich、IDSIA"})
    void developersJoinTheWayTheLanguageListsThings(Language language, String expected) {
        assertThat(cell(Column.DEVELOPER, "lstm", language)).isEqualTo(expected);
    }

    @Test
    void eraCellsNameTheEraInTheLanguage() {
        String en = cell(Column.ERA, "gpt-3", Language.EN);
        String zh = cell(Column.ERA, "gpt-3", Language.ZH);
        assertThat(en).isNotEqualTo(CATALOG.model("gpt-3").orElseThrow().era());
        assertThat(zh).isNotEqualTo(en);
    }

    @Test
    void theExportedColumnsAreTheCatalogsOwnInTheListsOrder() {
        assertThat(ModelColumn.CATALOG).containsAll(ModelColumn.EXPORTED);
        assertThat(ModelColumn.EXPORTED).extracting(ModelColumn::id).containsExactly(Column.NAME, Column.DATE,
                Column.DEVELOPER, Column.FAMILY, Column.KIND, Column.PARAMETERS, Column.OPEN_SOURCE);
    }
}
