package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An export in the shape of Epoch's larger "All ML Systems" tables
 * (src/test/resources/epoch/all-ml-systems.csv: rows of the 2025-02-24 "Notable AI Models"
 * export re-laid under the other header, with a Task column): the name under {@code System},
 * open weights under {@code Open model weights?}, columns the import does not read in between,
 * no {@code Base model}, empty domains, dates in other shapes, and Task as evidence where the
 * row has no abstract.
 */
class AllMlSystemsImportTest {

    private static EpochTable table;
    private static Map<String, EpochRow> rows;

    static Path fixture() throws Exception {
        return Path.of(AllMlSystemsImportTest.class.getResource("/epoch/all-ml-systems.csv").toURI());
    }

    @BeforeAll
    static void readTheFixture() throws Exception {
        table = new EpochCsvReader().read(fixture(), Progress.NONE, () -> false).orElseThrow();
        rows = table.rows().stream().collect(Collectors.toMap(EpochRow::name, Function.identity()));
    }

    @Test
    void importsEveryRowButTheNamelessAndTheYearLastDates() throws Exception {
        Catalog base = new CatalogLoader().loadBundled().catalog().orElseThrow();
        ImportResult r = new EpochImport().importFile(fixture(), base, Progress.NONE, () -> false);
        ImportReport report = r.report();
        assertThat(table.rows()).hasSize(202 - 4); // the fixture's 202 records but the four skipped below
        assertThat(report.matched()).hasSize(30);
        assertThat(report.added()).hasSize(168);
        assertThat(r.catalog().orElseThrow().models()).hasSize(base.models().size() + 168);
        assertThat(report.skipped()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                tuple(111, ImportProblem.Reason.NO_NAME),
                tuple(203, ImportProblem.Reason.CLEANED_TEXT),
                tuple(237, ImportProblem.Reason.SHEET_ERROR),
                tuple(251, ImportProblem.Reason.DATE_YEAR_LAST),
                tuple(311, ImportProblem.Reason.DATE_YEAR_LAST),
                tuple(312, ImportProblem.Reason.DATE_AMBIGUOUS));
    }

    /** Every column the import reads is found under the names this shape gives it. */
    @Test
    void readsEachColumnUnderItsOtherName() {
        EpochRow gpt3 = rows.get("GPT-3 175B (davinci)");
        assertThat(gpt3.organizations()).containsExactly("OpenAI");
        assertThat(gpt3.date()).isEqualTo(PartialDate.of(2020, 5, 28));
        assertThat(gpt3.domains()).containsExactly("Language");
        assertThat(gpt3.tasks()).containsExactly("Language modeling/generation");
        assertThat(gpt3.parameters()).isEqualTo(OptionalLong.of(175_000_000_000L));
        assertThat(gpt3.openWeights()).isEqualTo(OpenWeights.CLOSED);
        assertThat(gpt3.reference()).isEqualTo("Language Models are Few-Shot Learners");
        assertThat(gpt3.link()).startsWith("https://arxiv.org/abs/2005.14165");
        assertThat(gpt3.paperAbstract()).contains("few-shot");
        assertThat(gpt3.baseModels()).isEmpty();
        assertThat(rows.get("Llama 2-70B").openWeights()).isEqualTo(OpenWeights.OPEN);
        assertThat(rows.get("LSTM-300units").domains()).isEmpty();
    }

    /** Hiero's size is {@code #REF!}, as the older sheet has: unknown, said so, and the model kept. */
    @Test
    void readsASpreadsheetErrorAsEmptyAndSaysSo() {
        assertThat(rows.get("Hiero").parameters()).isEmpty();
        ImportProblem note = table.skipped().stream().filter(p -> p.line() == 237).findFirst().orElseThrow();
        assertThat(note.describe(Messages.of(Language.EN))).isEqualTo("Line 237: Hiero: the Parameters cell holds the "
                + "spreadsheet error '#REF!', read as empty; the model is imported.");
        assertThat(note.reason().skipsRow()).isFalse();
    }

    @Test
    void readsTheDateShapesThatMeanOneDay() {
        assertThat(rows.get("Seq2Seq LSTM").date()).isEqualTo(PartialDate.of(2014, 9, 10)); // 2014-09-10 00:00:00
        assertThat(rows.get("AlphaGo Lee").date()).isEqualTo(PartialDate.of(2016, 1, 27)); // 2016/01/27
    }

    @Test
    void reportsAYearLastDateWithItsPlaceAndItsReadings() {
        Messages en = Messages.of(Language.EN);
        Map<Integer, ImportProblem> byLine = table.skipped().stream()
                .collect(Collectors.toMap(ImportProblem::line, Function.identity()));
        assertThat(byLine.get(312).describe(en)).isEqualTo("Line 312, column 7 (Publication date): TransE has the "
                + "publication date '12/5/2013', which is 2013-12-05 read as M/D/YYYY but 2013-05-12 read as D/M/YYYY; "
                + "the import reads dates only as YYYY-MM-DD (or YYYY-MM, YYYY), so save this column that way; "
                + "row skipped.");
        assertThat(byLine.get(311).describe(en)).startsWith("Line 311, column 7 (Publication date): Cross-Lingual "
                + "POS Tagger has the publication date '19/6/2011' (D/M/YYYY), which would be 2011-06-19;");
        assertThat(byLine.get(251).describe(en))
                .contains("'2/2/2003' (M/D/YYYY = D/M/YYYY), which would be 2003-02-02");
        assertThat(byLine.get(312).describe(Messages.of(Language.ZH)))
                .startsWith("第 312 行，第 7 列（Publication date）：TransE").contains("2013-12-05", "2013-05-12");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-05-28 00:00:00 | 2020-05-28
            2020-05-28T13:45:00Z | 2020-05-28
            2020-05-28T13:45:00.000+02:00 | 2020-05-28
            2020/05/28 | 2020-05-28
            2020/5 | 2020-05
            28 May 2020 | 2020-05-28
            May 28, 2020 | 2020-05-28
            Sept. 3 2019 | 2019-09-03
            December 2013 | 2013-12
            2013 | 2013
            """)
    void readsADateWrittenInAShapeThatMeansOneDay(String cell, String expected) throws Exception {
        assertThat(EpochDates.parse(cell)).isEqualTo(PartialDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5/28/2020 | DATE_YEAR_LAST | M/D/YYYY,2020-05-28
            28.05.2020 | DATE_YEAR_LAST | D/M/YYYY,2020-05-28
            03-04-2020 | DATE_AMBIGUOUS | 2020-03-04,2020-04-03
            """)
    void refusesADateWithTheYearLastWithItsReadings(String cell, ImportProblem.Reason reason, String args) {
        assertThatThrownBy(() -> EpochDates.parse(cell)).isInstanceOfSatisfying(EpochDates.Unread.class, u -> {
            assertThat(u.reason()).isEqualTo(reason);
            assertThat(u.args()).containsExactly(args.split(","));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13/13/2020 | no day of 2020
            2020-02-30 00:00:00 | day 30 does not exist
            Junk 2020 | is not a date
            2020/13/01 | month 13 does not exist
            """)
    void saysWhatIsWrongWithADateNoShapeReads(String cell, String words) {
        assertThatThrownBy(() -> EpochDates.parse(cell)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(words);
    }

    /**
     * The family of rows by the rule that placed them: those marked "Task" are placed by Epoch's
     * Task where the row has no abstract, or stay out of a lane although their Task names one.
     */
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Seq2Seq LSTM | AUTOREGRESSIVE | task-language-model
            NPLM | AUTOREGRESSIVE | task-language-model
            RNN-SpeedUp | AUTOREGRESSIVE | task-language-model
            LSTM-300units | AUTOREGRESSIVE | task-language-model
            IBM Model 4 | OTHER | no-rule
            HMM Word Alignment | OTHER | no-rule
            Word2Vec (large) | OTHER | language-not-generating
            ESM2-15B | OTHER | no-rule
            Thumbs Up? | OTHER | task-non-generative
            Whisper | OTHER | task-non-generative
            AlphaGo Zero | OTHER | task-non-generative
            AlexNet | OTHER | task-non-generative
            Parti | MULTIMODAL | text-to-image
            GANs | GAN | name-gan
            DALL-E | MULTIMODAL | text-to-image
            GPT-3 175B (davinci) | AUTOREGRESSIVE | language-model
            Deep Boltzmann Machines | ENERGY_DIFFUSION | energy-based
            WaveNet | AUTOREGRESSIVE | autoregressive-generator
            Hopfield network | OTHER | no-rule
            """)
    void placesEachRowByTheRuleItsColumnsFit(String name, Family family, String rule) {
        EpochRow row = rows.get(name);
        assertThat(row).as(name).isNotNull();
        FamilyRules.Placement p = FamilyRules.place(row);
        assertThat(p.inference().rule()).as(name).isEqualTo(rule);
        assertThat(p.family()).as(name).isEqualTo(family);
    }

    /** Parti has no domain in the fixture: its Task alone says text-to-image; GANs' says images, not from text. */
    @Test
    void takesTheKindFromTheTaskWhereTheDomainsSayLess() {
        assertThat(EpochKinds.kindOf(rows.get("Parti"))).isEqualTo(Kind.TEXT_TO_IMAGE);
        assertThat(EpochKinds.kindOf(rows.get("GANs"))).isEqualTo(Kind.IMAGE);
        assertThat(EpochKinds.kindOf(List.of("Image generation"), List.of("Image-to-image translation"),
                OptionalLong.empty(), PartialDate.ofYear(2017))).isEqualTo(Kind.IMAGE_TO_IMAGE);
        assertThat(EpochKinds.kindOf(List.of("Image generation"), List.of(), OptionalLong.empty(),
                PartialDate.ofYear(2017))).isEqualTo(Kind.TEXT_TO_IMAGE);
    }

    /**
     * A row with nothing but a Task to say what it does: a task that names generating is no
     * non-generative task; translation writes text from 2014 on; a protein "language model" and
     * an image-to-image translation are no language rows.
     */
    @ParameterizedTest(name = "{0}, {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Retrieval-augmented generation | 2023 | language-transformer-era
            Text retrieval | 2023 | task-non-generative
            Language modeling/generation | 2010 | task-language-model
            Translation | 2015 | task-language-model
            Translation | 2005 | no-rule
            Protein or nucleotide language model (pLM/nLM) | 2010 | no-rule
            Image-to-image translation | 2016 | no-rule
            """)
    void placesALanguageRowByItsTaskAlone(String task, int year, String rule) {
        EpochRow row = new EpochRow(2, "Some system", List.of(), PartialDate.ofYear(year), List.of("Language"),
                List.of(task), OptionalLong.empty(), OpenWeights.UNKNOWN, "", "", "", "", List.of());
        assertThat(FamilyRules.place(row).inference().rule()).isEqualTo(rule);
    }
}
