package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The family rules on language rows from before the book's first era
 * (src/test/resources/epoch/foundations-rules.csv, rows of the shared 2025-02-24 export): the
 * neural and n-gram language models of 1994-2013 model the next character or word, which is
 * what an autoregressive model is, and stay in that lane with LSTM; a network whose outputs are
 * tags goes to Other even when it scores sentences with a language model.
 */
class FoundationsFamilyRulesTest {

    private static Map<String, EpochRow> rows;

    @BeforeAll
    static void readTheExcerpt() throws Exception {
        Path csv = Path.of(FoundationsFamilyRulesTest.class.getResource("/epoch/foundations-rules.csv").toURI());
        rows = new EpochCsvReader().read(csv, Progress.NONE, () -> false).orElseThrow().rows().stream()
                .collect(Collectors.toMap(EpochRow::name, Function.identity()));
    }

    /** Each row's family and rule, as "FAMILY rule". */
    private static final Map<String, String> EXPECTED = Map.of(
            "Deep Multitask NLP Network", "OTHER language-tagger",
            "Part-of-sentence tagging model", "OTHER language-tagger",
            "Named Entity Recognition model", "OTHER language-tagger",
            "Predictive Coding NN", "AUTOREGRESSIVE language-model",
            "Neural LM", "AUTOREGRESSIVE language-model",
            "KN-LM", "AUTOREGRESSIVE language-model",
            "RNN LM", "AUTOREGRESSIVE language-model",
            "LSTM LM", "AUTOREGRESSIVE language-model",
            "RCTM", "AUTOREGRESSIVE language-model",
            "Deep Boltzmann Machines", "ENERGY_DIFFUSION energy-based");

    @Test
    void placesEveryFoundationsRowByItsRule() {
        Map<String, String> placed = rows.values().stream().collect(Collectors.toMap(EpochRow::name, row -> {
            FamilyRules.Placement p = FamilyRules.place(row);
            return p.family().name() + " " + p.inference().rule();
        }));
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }
}
