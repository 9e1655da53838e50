package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.junit.jupiter.api.Test;

class AccessNoteTest {

    @Test
    void quotesEpochsValueInEnglishAndTranslatesItInChinese() {
        assertThat(AccessNote.of("Open weights (non-commercial)")).isEqualTo(new Localized(
                "Epoch AI: Open weights (non-commercial)", "Epoch AI：开放权重（仅限非商业用途）"));
    }

    @Test
    void translatesEachOfSeveralValuesAndKeepsAnUnknownOneAsWritten() {
        assertThat(AccessNote.of("API access, Something new")).isEqualTo(new Localized(
                "Epoch AI: API access, Something new", "Epoch AI：API 访问、Something new"));
    }

    @Test
    void anEmptyCellIsNotStatedInBothLanguages() {
        assertThat(AccessNote.of("  ")).isEqualTo(new Localized("not stated in the Epoch data", "Epoch 数据中未注明"));
        assertThat(OpenWeights.UNKNOWN_NOTE).isEqualTo(AccessNote.of(""));
    }

    @Test
    void theTriStateIsReadFromOpenSourceNotFromTheNote() {
        Model m = TestCatalog.model("x", "X", "2023", null);
        Model notStated = withOpen(m, Optional.empty());
        Model closed = withOpen(m, Optional.of(false));
        assertThat(OpenWeights.of(notStated)).isEqualTo(OpenWeights.UNKNOWN);
        // A note that reads like "not stated" does not turn a stated "closed" into unknown.
        assertThat(OpenWeights.of(closed)).isEqualTo(OpenWeights.CLOSED);
        assertThat(OpenWeights.of(withOpen(m, Optional.of(true)))).isEqualTo(OpenWeights.OPEN);
    }

    private static Model withOpen(Model m, Optional<Boolean> open) {
        return new Model(m.id(), m.name(), m.aliases(), m.date(), m.era(), m.eraNote(), m.developer(),
                m.family(), m.kind(), m.parameters(), open, Optional.of(AccessNote.of("")), m.tables(),
                m.summary(), m.paper(), m.buildsOn(), m.book(), m.provenance());
    }
}
