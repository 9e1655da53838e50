package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaitimeline.export.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --validate} lists warnings with their place but, as the app does, still accepts the file. */
class ValidateWarningsTest {

    @TempDir
    Path tmp;

    private Path catalogNamed(String jsonName) throws IOException {
        String text = Files.readString(CliTest.CATALOG).replace("\"name\": \"GPT-3\"", "\"name\": " + jsonName);
        Path file = tmp.resolve("models.json");
        Files.writeString(file, text);
        Files.copy(CliTest.CATALOG.resolveSibling("eras.json"), tmp.resolve("eras.json"));
        return file;
    }

    @Test
    void aNoBreakSpaceIsAWarningThatExitsZero() throws IOException {
        Run r = CliTest.run("--validate", catalogNamed("\"GPT\\u00a03\"").toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: models[0].name: holds the no-break or zero-width space U+00A0");
        assertThat(r.out() + r.err()).contains("1 file checked, no problems and 1 warning found.");
    }

    @Test
    void anEscapeSequenceIsAProblemThatExitsOneAndIsNotEchoedRaw() throws IOException {
        Run r = CliTest.run("--validate", catalogNamed("\"\\u001b[31mGPT-3\"").toString(), "--lang", "zh");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("U+001B").doesNotContain("\u001B");
    }
}
