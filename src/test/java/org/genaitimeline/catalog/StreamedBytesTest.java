package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file is checked as UTF-8 and parsed as it streams from the disk, a buffer at a time
 * ({@link Utf8Text#CHUNK}): a character cut by a buffer's end must read whole, a bad byte past
 * the first buffer must be told at its own line and column, and the parse must see the text
 * as checked. Also the lean tree's look-ups (fields given twice in a large object) and the
 * hand-written forms that replaced a regex per model.
 */
class StreamedBytesTest {

    @TempDir
    Path tmp;

    private final CatalogLoader loader = new CatalogLoader();

    /** A valid catalog whose first model's name is padded so that {@code cut} starts at byte {@code at}. */
    private static byte[] catalogWith(String cut, int at) {
        String head = "{\"schemaVersion\": 2, \"models\": [\n{\"id\": \"a\", \"name\": \"";
        StringBuilder s = new StringBuilder(head);
        while (s.toString().getBytes(StandardCharsets.UTF_8).length < at) {
            s.append('x');
        }
        s.append(cut).append("\", \"date\": \"2014-06\", \"era\": \"early\", \"developer\": [\"Lab\"],\n"
                + " \"family\": \"gan\", \"kind\": \"image\", \"parameters\": null, \"openSource\": true,\n"
                + " \"summary\": {\"en\": \"A model.\", \"zh\": \"一个模型。\"}}\n]}\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = tmp.resolve("models.json");
        Files.write(file, bytes);
        Files.copy(CatalogValidationRulesTest.RULES.resolve("eras.json"), tmp.resolve("eras.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void aCharacterCutByTheBufferEndReadsWhole() throws IOException {
        // A three-byte and a four-byte character starting one, two and three bytes before the end of the first buffer.
        for (String cut : List.of("中", "\uD83D\uDE00")) {
            for (int before = 1; before <= 3; before++) {
                byte[] bytes = catalogWith(cut, Utf8Text.CHUNK - before);
                LoadResult result = loader.load(write(bytes));
                assertThat(result.problems()).as("%s at %d before the end", cut, before).isEmpty();
                assertThat(result.catalog().orElseThrow().models().get(0).name()).endsWith("x" + cut);
            }
        }
    }

    @Test
    void aBadBytePastTheFirstBufferIsToldAtItsLineAndColumn() throws IOException {
        int at = 2 * Utf8Text.CHUNK + 5; // in the third buffer, and after Chinese text would shift a count in bytes
        byte[] good = catalogWith("中", at);
        String text = new String(good, StandardCharsets.UTF_8);
        int nameAt = text.indexOf("中");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(good, 0, at + 1); // the character's first byte, then a byte that cannot follow it
        bad.write(0x41);
        bad.write(good, at + 3, good.length - (at + 3));
        List<Problem> problems = loader.validate(List.of(write(bad.toByteArray())));
        int column = nameAt - text.lastIndexOf('\n', nameAt); // 1-based, in characters
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2); // the model starts on line 2
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains("0xE4").contains("not valid UTF-8");
        });
    }

    @Test
    void aCharacterCutByTheEndOfTheFileIsNotUtf8() throws IOException {
        byte[] bytes = "{\"schemaVersion\": 2, \"models\": []}\n中".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        List<Problem> problems = loader.validate(List.of(write(cut)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("0xE4");
        });
    }

    @Test
    void theParseReadsTheTextAsCheckedThroughEveryBuffer() throws IOException {
        byte[] bytes = catalogWith("\uD83D\uDE00", 3 * Utf8Text.CHUNK - 2);
        Utf8Text.Source source = Utf8Text.of(bytes);
        Utf8Text.Checked checked = Utf8Text.check(source, Long.MAX_VALUE, new Problems("x"));
        assertThat(checked).isEqualTo(new Utf8Text.Checked(0, bytes.length));
        StringBuilder read = new StringBuilder();
        try (Reader r = Utf8Text.reader(source, checked)) {
            char[] buffer = new char[1000];
            for (int n; (n = r.read(buffer)) >= 0; ) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void aBomIsSkippedAndALongerTextIsTooLarge() throws IOException {
        byte[] text = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.check(Utf8Text.of(text), 100, new Problems("x"))).isEqualTo(new Utf8Text.Checked(3, 5));
        assertThat(Utf8Text.check(Utf8Text.of(new byte[Utf8Text.CHUNK * 2]), Utf8Text.CHUNK, new Problems("x")))
                .isSameAs(Utf8Text.Checked.TOO_LARGE);
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSize() throws IOException {
        CatalogLoader small = new CatalogLoader(new CatalogLoader.Limits(1024, 64, 1000, 100));
        Path file = write(catalogWith("", 2000));
        List<Problem> problems = small.validate(List.of(file));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).contains("more than the 1 KiB");
        });
    }

    @Test
    void aFieldGivenTwiceInALargeObjectIsFoundPastTheScan() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            s.append("\"f").append(i).append("\": ").append(i).append(", ");
        }
        s.append("\"f3\": 1, \"f30\": 2}");
        Problems problems = new Problems("x");
        Located root = new JsonTreeReader(CatalogLoader.Limits.DEFAULT).read(s.toString(), problems);
        assertThat(problems.list()).extracting(p -> p.message()).containsExactly(
                "field given twice, first at 1:" + (s.indexOf("\"f3\"") + 1) + " (give each field once; the first is used)",
                "field given twice, first at 1:" + (s.indexOf("\"f30\"") + 1) + " (give each field once; the first is used)");
        assertThat(root.fieldCount()).isEqualTo(40);
        assertThat(root.get("f30").text()).isEqualTo("30");
        assertThat(root.get("f39").text()).isEqualTo("39");
        assertThat(root.get("f40")).isNull();
    }

    @Test
    void theHandWrittenFormsAgreeWithTheirPatterns() {
        Pattern date = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
        for (String t : List.of("2020", "2020-05", "2020-05-28", "0000", "2020-5", "2020-05-", "20a0", "٢٠٢٠", "2020-13",
                "2020/05", "20200", "", "2020-05-28x", "-2020")) {
            assertThat(Fields.isDate(t)).as(t).isEqualTo(date.matcher(t).matches());
            assertThat(ModelReader.isSlug(t)).as(t).isEqualTo(ModelReader.SLUG.matcher(t).matches());
        }
        for (String t : List.of("gpt-3", "a", "a-b-c", "-a", "a-", "a--b", "A", "gpt_3", "é", "3", "a b")) {
            assertThat(ModelReader.isSlug(t)).as(t).isEqualTo(ModelReader.SLUG.matcher(t).matches());
        }
    }
}
