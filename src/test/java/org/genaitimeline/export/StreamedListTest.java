package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --list} writes its rows as they are made: the streamed forms must give the very text
 * the whole-table forms give, and the pieces printed must never cut a character in two.
 */
class StreamedListTest {

    private static final List<String> HEADER = List.of("Model", "Date", "Note");

    private static TableText.Rows rows(List<List<String>> rows) {
        return TableText.Rows.of(rows);
    }

    private static List<List<String>> cells() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("稳定扩散", "2022 年 8 月", "a, \"quoted\" cell"));
        rows.add(List.of("=HYPERLINK(\"x\")", "", "pipe | and\nbreak"));
        rows.add(List.of("GPT-3", "May 2020", "trailing   "));
        rows.add(List.of("e\u0301", "\u3000wide", ""));
        return rows;
    }

    @Test
    void theStreamedFormsGiveTheTextOfTheWholeTable() {
        TableText table = new TableText(HEADER, cells());
        StringBuilder text = new StringBuilder();
        TableText.text(HEADER, rows(cells()), text);
        StringBuilder csv = new StringBuilder();
        TableText.csv(HEADER, rows(cells()), true, csv);
        StringBuilder raw = new StringBuilder();
        TableText.csv(HEADER, rows(cells()), false, raw);
        StringBuilder md = new StringBuilder();
        TableText.markdown(HEADER, rows(cells()), md);
        assertThat(text.toString()).isEqualTo(table.text());
        assertThat(csv.toString()).isEqualTo(table.csv());
        assertThat(raw.toString()).isEqualTo(table.csv(false));
        assertThat(md.toString()).isEqualTo(table.markdown());
        // The aligned text: CJK counted double, the last column unpadded, trailing spaces cut.
        // The first column is 15 wide (the formula cell), the second 12 (the Chinese date); line 3 is what follows the line break in a cell.
        assertThat(table.text().lines().toList().get(1)).startsWith("稳定扩散" + " ".repeat(7 + 2) + "2022 年 8 月  a,");
        assertThat(table.text().lines().toList().get(4)).isEqualTo("GPT-3" + " ".repeat(10 + 2) + "May 2020"
                + " ".repeat(4 + 2) + "trailing");
    }

    @Test
    void displayWidthCountsWideTwiceAndMarksNothing() {
        assertThat(DisplayWidth.of("GPT-3")).isEqualTo(5);
        assertThat(DisplayWidth.of("稳定扩散")).isEqualTo(8);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
        assertThat(DisplayWidth.of("\uD840\uDC00")).isEqualTo(2); // CJK extension B, a surrogate pair
    }

    @Test
    void piecesArePrintedWholeAndNeverCutAPair() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> printed = new ArrayList<>();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                printed.add(s.length());
                assertThat(Character.isHighSurrogate(s.charAt(s.length() - 1))).isFalse();
                super.print(s);
            }
        };
        PrintSink sink = new PrintSink(out);
        StringBuilder expected = new StringBuilder();
        String pad = "x".repeat(PrintSink.PIECE - 1);
        sink.append(pad);
        sink.append("\uD83D\uDE00 after"); // the pair straddles the piece's size
        expected.append(pad).append("\uD83D\uDE00 after");
        for (int i = 0; i < 5000; i++) {
            String line = "row " + i + " 模型\n";
            sink.append(line);
            expected.append(line);
        }
        assertThat(printed).as("nothing but whole pieces before the flush").allMatch(n -> n >= PrintSink.PIECE - 1);
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(printed.size()).isGreaterThan(1).isLessThan(10);
    }
}
