package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalogs whose text validates as JSON but must not be shown: the rule fixture with an empty
 * name, its name replaced by hostile text written as JSON escapes.
 */
class HostileTextLoadTest {

    private static final Path FIXTURE = CatalogValidationRulesTest.RULES.resolve("empty-name.json");

    @TempDir
    Path tmp;

    private final CatalogLoader loader = new CatalogLoader();

    private Path catalogWith(String field, String jsonString) throws IOException {
        return catalogWith(Files.createTempDirectory(tmp, "c"), field, jsonString);
    }

    private Path catalogWith(Path dir, String field, String jsonString) throws IOException {
        String text = Files.readString(FIXTURE);
        String replaced = field.equals("name") ? text.replace("\"name\": \"  \"", "\"name\": " + jsonString)
                : text.replace("\"name\": \"  \"", "\"name\": \"Alpha\"").replace("\"en\": \"A model.\"",
                        "\"en\": " + jsonString);
        assertThat(replaced).isNotEqualTo(text);
        Path file = dir.resolve("models.json");
        Files.writeString(file, replaced);
        Files.copy(CatalogValidationRulesTest.RULES.resolve("eras.json"), dir.resolve("eras.json"));
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"a\\u0001b"`       | models[0].name: holds the control character U+0001 at character 2
            `"\\u001b[31mred"`  | models[0].name: holds the control character U+001B at character 1
            `"rlo\\u202eabc"`   | models[0].name: holds the direction control U+202E at character 4
            `"half\\ud83d"`     | models[0].name: holds half a surrogate pair (U+D83D) at character 5
            `"\\ufeff"`         | models[0].name: holds only invisible characters, starting with U+FEFF
            `"\\u200b\\u200b"`  | models[0].name: holds only invisible characters, starting with U+200B
            """)
    void hostileNamesAreErrorsAtTheNameWithASuggestion(String json, String expected) throws IOException {
        LoadResult r = loader.load(catalogWith("name", json));
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.column()).isEqualTo(15);
        assertThat(p.toString()).contains(expected).contains("(");
        assertThat(p.describe(Language.ZH)).doesNotContain("holds").contains("U+");
    }

    @Test
    void aControlCharacterInASummaryIsAnErrorButALineBreakIsNot() throws IOException {
        LoadResult bell = loader.load(catalogWith("summary", "\"Rings\\u0007.\""));
        assertThat(bell.isOk()).isFalse();
        assertThat(bell.problems().get(0).path()).isEqualTo("models[0].summary.en");
        LoadResult lines = loader.load(catalogWith("summary", "\"Two\\nlines.\""));
        assertThat(lines.isOk()).as(lines.problems().toString()).isTrue();
    }

    @Test
    void aNoBreakSpaceInANameIsAWarningAndTheCatalogLoads() throws IOException {
        LoadResult r = loader.load(catalogWith("name", "\"Alpha\\u00a02\""));
        assertThat(r.isOk()).isTrue();
        assertThat(r.catalog().orElseThrow().model("alpha").orElseThrow().name()).isEqualTo("Alpha\u00A02");
        List<Problem> warnings = r.problems();
        assertThat(warnings).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.toString()).contains("6:15: warning: models[0].name: holds the no-break or zero-width space U+00A0");
            assertThat(p.describe(Language.ZH)).contains("警告");
        });
    }

    @Test
    void theBundledCatalogHasNeitherErrorsNorWarnings() {
        assertThat(new CatalogLoader().loadBundled().problems()).isEmpty();
    }
}
