package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog is read one model at a time (ModelStream), not as a tree of the whole file:
 * what that must not change. A version written after the models still decides how they are
 * read; a syntax error after a broken model is the only problem, as when the whole file was
 * parsed first; positions stay right past the reader's buffers, in characters, after Chinese.
 */
class StreamingLoadTest {

    @TempDir
    Path tmp;

    private final CatalogLoader loader = new CatalogLoader();

    /** A version 1 model (inFigure, no book figures), written as one line. */
    private static String model(String id, String summaryZh) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"date\": \"2014-06\", \"era\": \"early\","
                + " \"developer\": [\"Lab\"], \"family\": \"gan\", \"kind\": \"image\", \"parameters\": null,"
                + " \"openSource\": true, \"inFigure\": false, \"summary\": {\"en\": \"A model.\", \"zh\": \"" + summaryZh + "\"}}";
    }

    private Path write(String text) throws IOException {
        Path file = tmp.resolve("models.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.copy(CatalogValidationRulesTest.RULES.resolve("eras.json"), tmp.resolve("eras.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void aVersionWrittenAfterTheModelsStillDecidesHowTheyAreRead() throws IOException {
        String models = "[" + model("a", "一个模型。") + "]";
        assertThat(loader.load(write("{\"models\": " + models + ", \"schemaVersion\": 1}")).isOk()).isTrue();

        // The same model in a version 2 file: inFigure is a field version 2 replaced.
        List<Problem> asTwo = loader.load(write("{\"models\": " + models + ", \"schemaVersion\": 2}")).problems();
        assertThat(asTwo).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("models[0].inFigure");
            assertThat(p.message()).contains("figure14_1");
        });

        // An unknown version is one problem, not one per field read in the wrong version.
        List<Problem> asNine = loader.load(write("{\"models\": " + models + ", \"schemaVersion\": 9}")).problems();
        assertThat(asNine).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("schemaVersion"));
    }

    @Test
    void aSyntaxErrorAfterABrokenModelIsTheOnlyProblem() throws IOException {
        String broken = model("Not An Id", "一个模型。");
        List<Problem> problems = loader.load(write("{\"schemaVersion\": 1, \"models\": [" + broken + ",\n"
                + model("b", "一个模型。") + "\n}")).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("'}'");
        });
        // Without the syntax error, the model's own problem is reported.
        assertThat(loader.load(write("{\"schemaVersion\": 1, \"models\": [" + broken + "]}")).problems())
                .extracting(Problem::path).containsExactly("models[0].id");
    }

    /** 3,000 models on one line, with Chinese before them: far past the 4,000 characters Jackson reads at a time. */
    @Test
    void positionsStayExactPastTheReadersBuffersAndCountCharactersNotBytes() throws IOException {
        List<String> models = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            models.add(model("m" + i, "模型".repeat(1 + i % 7)));
        }
        models.set(2999, models.get(2999).replace("\"date\": \"2014-06\"", "\"date\": \"2014-13\""));
        String head = "{\"schemaVersion\": 1, \"models\": [";
        String text = head + String.join(", ", models) + "]}";
        List<Problem> problems = loader.load(write(text)).problems();

        int column = text.indexOf("\"2014-13\"") + 1; // in characters, where each Chinese one is 3 bytes
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("models[2999].date");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(column);
        });
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(text.length() + 10_000);
    }

    /** The bytes are checked in chunks; a bad one far into the file is still found at its line and column. */
    @Test
    void aBadByteFarIntoTheFileIsFoundAtItsLineAndColumn() throws IOException {
        StringBuilder text = new StringBuilder("{\"schemaVersion\": 1, \"models\": [\n");
        for (int i = 0; i < 400; i++) {
            text.append(model("m" + i, "一个模型。")).append(",\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] prefix = "{\"id\": \"ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + prefix.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(prefix, 0, bytes, good.length, prefix.length);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Path file = write("");
        Files.write(file, bytes);

        assertThat(good.length).isGreaterThan(8192 * 10);
        assertThat(loader.load(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(402);
            assertThat(p.column()).isEqualTo(prefix.length + 1);
            assertThat(p.message()).contains("FF");
        });
    }
}
