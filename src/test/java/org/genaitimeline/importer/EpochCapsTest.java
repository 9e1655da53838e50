package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no Epoch export could be are refused early, with what was too big, instead of exhausting memory. */
class EpochCapsTest {

    @TempDir
    Path dir;

    private static ImportFailure refusal(Path csv) {
        try {
            new EpochCsvReader().read(csv, Progress.NONE, () -> false);
        } catch (ImportFailure f) {
            return f;
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path csv = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(csv.toFile(), "rw")) {
            f.setLength(EpochCsvReader.MAX_FILE_BYTES + 1); // sparse: no disk, no time
        }
        ImportFailure f = refusal(csv);
        assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.TOO_LARGE);
        assertThat(f.problem().describe(Messages.of(Language.EN))).contains("256 MiB");
    }

    @Test
    void aHundredMegabyteCellIsStoppedAtItsLine() throws IOException {
        Path csv = dir.resolve("long.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Model,Publication date,Abstract\nA,2020-01-01,short\nB,2020-01-01,\"");
            char[] chunk = new char[64 * 1024];
            java.util.Arrays.fill(chunk, 'x');
            for (long n = 0; n <= EpochCsvReader.MAX_LINE_CHARS; n += chunk.length) {
                w.write(chunk);
            }
            w.write("\"\n");
        }
        ImportFailure f = refusal(csv);
        assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.LINE_TOO_LONG);
        assertThat(f.problem().line()).isEqualTo(3);
        assertThat(f.problem().describe(Messages.of(Language.ZH))).startsWith("第 3 行");
    }

    @Test
    void moreRowsThanAnyExportIsRefused() throws IOException {
        Path csv = dir.resolve("rows.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Model,Publication date\n");
            for (int i = 0; i <= EpochCsvReader.MAX_ROWS; i++) {
                w.write("M,2020\n");
            }
        }
        ImportFailure f = refusal(csv);
        assertThat(f.problem().reason()).isEqualTo(ImportProblem.Reason.TOO_MANY_ROWS);
        assertThat(f.problem().describe(Messages.of(Language.EN))).contains("more than 300000 rows");
    }
}
