package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalog broken at random, 1,500 times a build, two edits each, on its bytes:
 * a cut, an insertion of structural, hostile or non-UTF-8 bytes, a duplicated or replaced
 * stretch. Whatever comes out, the loader returns problems and never throws, and every
 * problem says where it is: a line and column, or (for what concerns the whole file, such as
 * bytes that are not UTF-8) the file alone. The seed is fixed so that a failure names a
 * mutant that can be made again; change {@link #SEED} to explore further.
 */
class CatalogMutationTest {

    static final long SEED = 20261202L;
    static final int MUTANTS = 1_500;

    private static final List<byte[]> PIECES = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "-1", "0",
            "1e400", "true", "\\", "\\u", "\\ud800", "\u0000", "\u001B[31m", "\u202E", "\uFEFF", "\u00A0",
            "\uD83D\uDE00", "\"id\": \"gpt-3\"", "\"buildsOn\": [\"gpt-4\"]", "\"date\": \"2021-02-30\"", "\n", "/*",
            "19851", "\"parameters\": 1.5", "\"family\": \"rnn\"").stream()
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFE, (byte) 0xFF}};

    @TempDir
    Path dir;

    @Test
    void aBrokenCatalogGivesLocatedProblemsAndNeverAnException() throws IOException {
        byte[] bundled;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_MODELS)) {
            bundled = in.readAllBytes();
        }
        try (InputStream eras = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_ERAS)) {
            Files.copy(eras, dir.resolve("eras.json"));
        }
        Path file = dir.resolve("models.json");
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(mutate(bundled, random), random);
            Files.write(file, mutant);
            LoadResult result;
            try {
                result = new CatalogLoader().load(file);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("mutant " + i + " (seed " + SEED + ") threw " + e, e);
            }
            if (result.isOk()) {
                assertThat(result.problems()).as("mutant %d", i).allMatch(Problem::warning);
                continue;
            }
            refused++;
            for (Problem p : result.problems()) {
                if (!(p.line() > 0 || p.column() == 0) || p.message().isBlank() || p.message().contains("Exception")) {
                    fail("mutant " + i + " (seed " + SEED + ") gave an unlocated or raw problem: " + p);
                }
            }
        }
        assertThat(refused).as("most mutants are broken, so the checks above saw problems").isGreaterThan(MUTANTS / 2);
    }

    private static byte[] mutate(byte[] text, Random random) {
        int at = random.nextInt(text.length);
        int length = 1 + random.nextInt(400);
        int end = Math.min(text.length, at + length);
        byte[] insert = random.nextInt(6) == 0 ? RAW[random.nextInt(RAW.length)] : PIECES.get(random.nextInt(PIECES.size()));
        return switch (random.nextInt(4)) {
            case 0 -> join(slice(text, 0, at), slice(text, end, text.length));
            case 1 -> join(slice(text, 0, at), insert, slice(text, at, text.length));
            case 2 -> join(slice(text, 0, end), slice(text, at, end), slice(text, end, text.length));
            default -> join(slice(text, 0, at), insert, slice(text, end, text.length));
        };
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    private static byte[] join(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
