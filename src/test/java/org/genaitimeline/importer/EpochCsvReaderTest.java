package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpochCsvReaderTest {

    static final int EXCERPT_ROWS = 49;

    @TempDir
    Path dir;

    private final EpochCsvReader reader = new EpochCsvReader();

    static Path excerpt() {
        try {
            return Path.of(EpochCsvReaderTest.class.getResource("/epoch/notable-excerpt.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private EpochTable read(Path csv) throws ImportFailure {
        return reader.read(csv, Progress.NONE, () -> false).orElseThrow();
    }

    private EpochRow row(EpochTable table, String name) {
        return table.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryRowOfTheExcerpt() throws Exception {
        EpochTable t = read(excerpt());
        assertThat(t.rows()).hasSize(EXCERPT_ROWS);
        assertThat(t.skipped()).isEmpty();
        assertThat(t.header()).hasSize(42).contains("Model", "Publication date", "Model accessibility");
    }

    /** Values checked by hand against notable-excerpt.csv (line = where the record starts). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Grok-3                        | 2   | 2025-02-17 | -            | CLOSED
            DeepSeek-R1                   | 5   | 2025-01-20 | 671000000000 | OPEN
            LLaMA-65B                     | 282 | 2023-02-24 | 65200000000  | OPEN
            RT-2                          | 211 | 2023-07-28 | 55000000000  | UNKNOWN
            GPT-3 175B (davinci)          | 511 | 2020-05-28 | 175000000000 | CLOSED
            Stable Diffusion (LDM-KL-8-G) | 435 | 2022-04-13 | 1450000000   | OPEN
            Chinchilla                    | 461 | 2022-03-29 | 70000000000  | CLOSED
            BLOOM-176B                    | 358 | 2022-07-11 | 176247271424 | OPEN
            Adaptive Input Transformer + RD | 490 | 2021-06-28 | 247000000  | CLOSED
            GANs                          | 573 | 2014-06-10 | -            | UNKNOWN
            LSTM                          | 590 | 1997-11-15 | 10504        | UNKNOWN
            """)
    void readsDatesParametersAndAccessibility(String name, int line, String date, Long parameters,
            OpenWeights open) throws Exception {
        EpochRow r = row(read(excerpt()), name);
        assertThat(r.line()).isEqualTo(line);
        assertThat(r.date()).isEqualTo(PartialDate.parse(date));
        assertThat(r.parameters()).isEqualTo(parameters == null ? OptionalLong.empty() : OptionalLong.of(parameters));
        assertThat(r.openWeights()).isEqualTo(open);
    }

    @Test
    void readsListsAndFieldsThatSpanLines() throws Exception {
        EpochTable t = read(excerpt());
        assertThat(row(t, "Grok-3").domains()).containsExactly("Language", "Vision", "Multimodal");
        assertThat(row(t, "BLOOM-176B").organizations()).containsExactly("Hugging Face", "BigScience");
        assertThat(row(t, "Llama Guard").baseModels()).containsExactly("Llama 2-7B");
        // Grok-3's record spans lines 2-4, so DeepSeek-R1 starts on line 5.
        assertThat(row(t, "DeepSeek-R1").line()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({
            "'Open weights (unrestricted)', OPEN", "'Open weights (restricted use)', OPEN",
            "'Open weights (non-commercial)', OPEN", "'API access', CLOSED", "'Hosted access (no API)', CLOSED",
            "Unreleased, CLOSED", "'', UNKNOWN", "Yes, OPEN", "No, CLOSED", "'Unreleased,Open weights (unrestricted)', OPEN",
            "'something new', UNKNOWN"})
    void mapsAccessibility(String cell, OpenWeights expected) {
        assertThat(OpenWeights.fromEpoch(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.75e+11, 175000000000", "247000000.00000003, 247000000", "176247271424.0, 176247271424",
            "10504, 10504", "0.5, 1"})
    void roundsFloatParameterCounts(String cell, long expected) {
        assertThat(EpochFields.parameters(cell)).hasValue(expected);
    }

    /** A count the catalog would refuse (0 throws in ModelFormat) must stop here, each with its own reason. */
    @ParameterizedTest
    @CsvSource({"0, ZERO_NUMBER", "0.4, ZERO_NUMBER", "0e5, ZERO_NUMBER", "1e-999999999, ZERO_NUMBER",
            "-3, NEGATIVE_NUMBER", "-0.4, NEGATIVE_NUMBER", "9.3e18, HUGE_NUMBER", "1e400, HUGE_NUMBER",
            "1e999999999, HUGE_NUMBER", "9223372036854775807.5, HUGE_NUMBER", "n/a, BAD_NUMBER", "NaN, BAD_NUMBER"})
    void refusesCountsTheCatalogCannotHold(String cell, ImportProblem.Reason reason) {
        assertThatThrownBy(() -> EpochFields.parameters(cell)).isInstanceOfSatisfying(EpochFields.BadCount.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void theLargestCountStillFits() {
        assertThat(EpochFields.parameters("9223372036854775807")).hasValue(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"0, 'which rounds to zero parameters'", "-3, 'which is negative'", "9.3e18, 'which is too large'",
            "abc, 'which is not a number'"})
    void aBadCountSkipsItsRowWithItsOwnWords(String cell, String words) {
        EpochFields.Parsed p = EpochFields.parse(7, java.util.Map.of(EpochColumn.NAME, "Tiny",
                EpochColumn.DATE, "2024-01-01", EpochColumn.PARAMETERS, cell));
        assertThat(p.ok()).isFalse();
        assertThat(p.problem().describe(Messages.of(Language.EN)))
                .isEqualTo("Line 7: Tiny has the parameter count '" + cell + "', " + words
                        + (cell.equals("9.3e18") ? " to store (at most 9,223,372,036,854,775,807)" : "")
                        + "; row skipped.");
        assertThat(p.problem().describe(Messages.of(Language.ZH))).startsWith("第 7 行：Tiny 的参数量").doesNotContain("!");
    }

    /** A name a catalog file may not hold skips its row; the same character in another cell is removed. */
    @Test
    void aHostileNameSkipsItsRowAndAHostileAbstractIsCleaned() {
        java.util.Map<EpochColumn, String> cells = new java.util.EnumMap<>(EpochColumn.class);
        cells.put(EpochColumn.NAME, "Tiny\u001B[2J");
        cells.put(EpochColumn.DATE, "2024-01-01");
        EpochFields.Parsed skipped = EpochFields.parse(9, cells);
        assertThat(skipped.ok()).isFalse();
        assertThat(skipped.problem().describe(Messages.of(Language.EN))).startsWith("Line 9: ")
                .contains("the Model / System cell holds U+001B").endsWith("row skipped.").doesNotContain("\u001B");
        assertThat(skipped.problem().describe(Messages.of(Language.ZH))).startsWith("第 9 行").contains("已跳过该行");

        cells.put(EpochColumn.NAME, "Tiny");
        cells.put(EpochColumn.ABSTRACT, "Reversed \u202Etext with a record\u001Eseparator,\ntwo lines");
        EpochFields.Parsed cleaned = EpochFields.parse(9, cells);
        assertThat(cleaned.ok()).isTrue();
        assertThat(cleaned.row().paperAbstract()).isEqualTo("Reversed text with a recordseparator, two lines");
        assertThat(cleaned.problem().reason()).isEqualTo(ImportProblem.Reason.CLEANED_TEXT);
        assertThat(cleaned.problem().describe(Messages.of(Language.EN)))
                .contains("Tiny: the Abstract cell held U+202E").endsWith("it was removed and the model imported.");
        assertThat(cleaned.problem().reason().skipsRow()).isFalse();
    }

    // --- the same data in the shapes real exports come in ---

    @Test
    void reorderedColumnsGiveTheSameRows() throws Exception {
        assertThat(read(rewrite("reordered.csv", false, true)).rows()).isEqualTo(read(excerpt()).rows());
    }

    @Test
    void systemInsteadOfModelGivesTheSameRows() throws Exception {
        assertThat(read(rewrite("system.csv", true, false)).rows()).isEqualTo(read(excerpt()).rows());
    }

    @Test
    void aByteOrderMarkGivesTheSameRows() throws Exception {
        String text = Files.readString(excerpt());
        Path bom = Files.writeString(dir.resolve("bom.csv"), "\uFEFF" + text);
        EpochTable t = read(bom);
        assertThat(t).isEqualTo(read(excerpt()));
        assertThat(t.header().get(0)).isEqualTo("Model");
    }

    @Test
    void crlfLineEndsGiveTheSameRows() throws Exception {
        String text = Files.readString(excerpt());
        assertThat(text).doesNotContain("\r");
        Path crlf = Files.writeString(dir.resolve("crlf.csv"), text.replace("\n", "\r\n"));
        assertThat(read(crlf)).isEqualTo(read(excerpt()));
    }

    @Test
    void allVariantsAtOnceGiveTheSameRows() throws Exception {
        Path all = rewrite("all.csv", true, true);
        Path bomCrlf = Files.writeString(dir.resolve("all-bom-crlf.csv"),
                "\uFEFF" + Files.readString(all).replace("\n", "\r\n"));
        assertThat(read(bomCrlf).rows()).isEqualTo(read(excerpt()).rows());
    }

    /** The excerpt written back with Commons CSV, columns reversed and/or Model renamed System. */
    private Path rewrite(String name, boolean system, boolean reverse) throws IOException {
        List<String> header;
        List<List<String>> records = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(Files.readString(excerpt())))
                .setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> all = p.getRecords();
            header = new ArrayList<>(all.get(0).toList());
            for (CSVRecord r : all.subList(1, all.size())) {
                records.add(new ArrayList<>(r.toList()));
            }
        }
        if (system) {
            header.set(header.indexOf("Model"), "System");
        }
        if (reverse) {
            Collections.reverse(header);
            records.forEach(Collections::reverse);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> r : records) {
                printer.printRecord(r);
            }
        }
        return Files.writeString(dir.resolve(name), out.toString());
    }

    // --- bad input ---

    @Test
    void skipsAndReportsBadRowsWithTheirLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                Model,Publication date,Parameters,Reference
                Good one,2021-03-04,1.5e9,"A title
                over two lines"
                Bad date,2023-13-01,,x
                Bad number,2022-01-01,lots,x
                No date,,,x
                ,2022-01-01,,x
                Year only,2019,,x
                """);
        EpochTable t = read(csv);
        assertThat(t.rows()).extracting(EpochRow::name, EpochRow::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Good one", 2),
                        org.assertj.core.groups.Tuple.tuple("Year only", 8));
        assertThat(t.rows().get(0).reference()).isEqualTo("A title over two lines");
        assertThat(t.rows().get(1).date()).isEqualTo(PartialDate.ofYear(2019));
        assertThat(t.skipped()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, ImportProblem.Reason.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(5, ImportProblem.Reason.BAD_NUMBER),
                org.assertj.core.groups.Tuple.tuple(6, ImportProblem.Reason.NO_DATE),
                org.assertj.core.groups.Tuple.tuple(7, ImportProblem.Reason.NO_NAME));
        assertThat(t.skipped().get(0).describe(Messages.of(Language.EN)))
                .isEqualTo("Line 4: Bad date has the publication date '2023-13-01', which is not a date "
                        + "(month 13 does not exist (01 to 12)); row skipped.");
        assertThat(t.skipped().get(1).describe(Messages.of(Language.ZH))).startsWith("第 5 行：Bad number")
                .contains("lots");
    }

    @Test
    void refusesAFileThatIsNotAnEpochExport() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "name,year\nAda,1815\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFailure.class, f -> {
            assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.NOT_EPOCH);
            String en = f.problem().describe(Messages.of(Language.EN));
            assertThat(en).contains("Model / System", "Publication date", "Model accessibility / Open model weights?")
                    .endsWith("Columns found: name, year.");
            assertThat(f.problem().describe(Messages.of(Language.ZH))).contains("name, year");
        });
    }

    @Test
    void refusesAnExportWithoutADateColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("nodate.csv"), "Model,Organization\nGPT-3,OpenAI\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFailure.class,
                f -> assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.NOT_EPOCH));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFailure.class,
                f -> assertThat(f.problem().args()).last().isEqualTo("-"));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws Exception {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "Model,Publication date\nCaf\u00e9 model,2020-01-01\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFailure.class,
                f -> assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.UNREADABLE));
    }

    @Test
    void refusesAQuoteThatIsNeverClosed() throws Exception {
        Path csv = Files.writeString(dir.resolve("open-quote.csv"),
                "Model,Publication date\nA,2020-01-01\n\"B,2020-01-01\n");
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFailure.class, f -> {
            assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.MALFORMED);
            assertThat(f.problem().line()).isEqualTo(3);
        });
    }

    @Test
    void refusesAMissingFileWithAMessage() {
        assertThatThrownBy(() -> read(dir.resolve("nowhere.csv"))).isInstanceOfSatisfying(ImportFailure.class, f -> {
            assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.REFUSED);
            assertThat(f.problem().describe(Messages.of(Language.EN))).contains("there is no file at this path");
            assertThat(f.problem().describe(Messages.of(Language.ZH))).contains("该路径下没有文件");
        });
    }

    /** A pipe given as the CSV is refused before it is opened, which would block until something writes to it. */
    @Test
    void refusesADeviceBeforeOpeningIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix-like system");
        assertThatThrownBy(() -> read(Path.of("/dev/zero"))).isInstanceOfSatisfying(ImportFailure.class,
                f -> assertThat(f.problem().describe(Messages.of(Language.EN))).contains("not a regular file"));
    }

    // --- progress and cancel ---

    @Test
    void reportsProgressUpToTheWholeFile() throws Exception {
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong total = new AtomicLong();
        reader.read(excerpt(), (r, b, t) -> {
            assertThat(r).isGreaterThanOrEqualTo(rows.get());
            rows.set(r);
            bytes.set(b);
            total.set(t);
        }, () -> false);
        assertThat(rows.get()).isEqualTo(EXCERPT_ROWS);
        assertThat(total.get()).isEqualTo(Files.size(excerpt()));
        assertThat(bytes.get()).isEqualTo(total.get());
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        assertThat(reader.read(excerpt(), Progress.NONE, () -> asked.incrementAndGet() > 10)).isEmpty();
        assertThat(asked.get()).isEqualTo(11);
    }
}
