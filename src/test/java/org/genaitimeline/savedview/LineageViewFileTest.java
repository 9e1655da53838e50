package org.genaitimeline.savedview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Lineage tab and its options in a saved view: written, read back, refused with a place. */
class LineageViewFileTest {

    private final ViewCodec codec = new ViewCodec(Messages.of(Language.EN));

    private SavedView roundTrip(SavedView v) throws ViewFileException {
        return codec.read("v.json", codec.write(v)).get(0);
    }

    @Test
    void theTabAndEveryLineageOptionRoundTrip() throws Exception {
        LineageOptions o = new LineageOptions(3, LineageOptions.Direction.ANCESTORS, java.util.Optional.of("vae"));
        SavedView v = SavedView.initial(Language.ZH).withTab(SavedView.Tab.LINEAGE).withLineage(o);

        SavedView back = roundTrip(v);

        assertThat(back).isEqualTo(v);
        assertThat(back.lineage()).isNotEqualTo(LineageOptions.DEFAULT);
        assertThat(codec.write(v)).contains("\"tab\" : \"lineage\"", "\"direction\" : \"ancestors\"",
                "\"pathTo\" : \"vae\"");
    }

    @Test
    void theWholeTreeIsWrittenAsAllAndReadBackAsAll() throws Exception {
        SavedView v = SavedView.initial(Language.EN).withLineage(LineageOptions.DEFAULT.withDepth(LineageOptions.ALL)
                .withDirection(LineageOptions.Direction.DESCENDANTS));

        assertThat(codec.write(v)).contains("\"depth\" : \"all\"");
        assertThat(roundTrip(v).lineage().depth()).isEqualTo(LineageOptions.ALL);
    }

    @Test
    void withoutAPathNoPathIsWrittenAndNoneComesBack() throws Exception {
        SavedView v = SavedView.initial(Language.EN).withLineage(LineageOptions.DEFAULT.withPathTo("vae").withoutPath());

        assertThat(codec.write(v)).doesNotContain("pathTo");
        assertThat(roundTrip(v).lineage().pathTo()).isEmpty();
    }

    @Test
    void aViewWithoutLineageOpensOnTheDefaults() throws Exception {
        SavedView v = codec.read("v.json", "{\"schemaVersion\": 1, \"tab\": \"lineage\", \"lineage\": {\"depth\": 1}}")
                .get(0);

        assertThat(v.tab()).isEqualTo(SavedView.Tab.LINEAGE);
        assertThat(v.lineage()).isEqualTo(LineageOptions.DEFAULT.withDepth(1));
        assertThat(codec.read("v.json", "{\"schemaVersion\": 1}").get(0).lineage()).isEqualTo(LineageOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\": 1,\\n\"lineage\": {\"depth\": 0}}|v.json:2:22: \"depth\" cannot be 0 (allowed: a whole number from 1, or \"all\")",
        "{\"schemaVersion\": 1, \"lineage\": {\"depth\": \"deep\"}}|v.json:1:43: \"depth\" cannot be \"deep\" (allowed: a whole number from 1, or \"all\")",
        "{\"schemaVersion\": 1, \"lineage\": {\"depth\": 1.5}}|v.json:1:43: \"depth\" cannot be 1.5 (allowed: a whole number from 1, or \"all\")",
        "{\"schemaVersion\": 1, \"lineage\": {\"direction\": \"up\"}}|v.json:1:47: \"direction\" cannot be \"up\" (allowed: ancestors, descendants, both)",
        "{\"schemaVersion\": 1, \"lineage\": {\"pathTo\": 3}}|v.json:1:44: \"pathTo\" must be a text",
        "{\"schemaVersion\": 1, \"lineage\": {\"centre\": \"gpt-3\"}}|v.json:1:34: unknown field \"centre\" (allowed: depth, direction, pathTo)",
        "{\"schemaVersion\": 1, \"lineage\": []}|v.json:1:33: a JSON object was expected here"})
    void badLineageOptionsSayWhereAndWhat(String text, String message) {
        assertThatThrownBy(() -> codec.read("v.json", text.replace("\\n", "\n")))
                .isInstanceOf(ViewFileException.class).hasMessage(message);
    }

    @Test
    void theMessageFollowsTheLanguage() {
        ViewCodec zh = new ViewCodec(Messages.of(Language.ZH));
        assertThatThrownBy(() -> zh.read("v.json", "{\"schemaVersion\": 1, \"lineage\": {\"depth\": -2}}"))
                .hasMessageContaining("“depth”不能是 -2");
    }
}
