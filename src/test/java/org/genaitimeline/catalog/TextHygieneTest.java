package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.catalog.TextHygiene.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The characters no catalog text may hold, and the ones worth a warning in a name. */
class TextHygieneTest {

    /** The hostile names of issue 13: text, kind, position, character. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("nul\u0000x", Kind.CONTROL, 3, "U+0000"),
                Arguments.of("bell\u0007", Kind.CONTROL, 4, "U+0007"),
                Arguments.of("red\u001B[31m", Kind.CONTROL, 3, "U+001B"),
                Arguments.of("del\u007F", Kind.CONTROL, 3, "U+007F"),
                Arguments.of("csi\u009B", Kind.CONTROL, 3, "U+009B"),
                Arguments.of("two\nlines", Kind.CONTROL, 3, "U+000A"),
                Arguments.of("tab\there", Kind.CONTROL, 3, "U+0009"),
                Arguments.of("abc\u202Edef", Kind.BIDI_CONTROL, 3, "U+202E"),
                Arguments.of("isolate\u2066x", Kind.BIDI_CONTROL, 7, "U+2066"),
                Arguments.of("half\uD83D", Kind.LONE_SURROGATE, 4, "U+D83D"),
                Arguments.of("\uDE00low", Kind.LONE_SURROGATE, 0, "U+DE00"),
                Arguments.of("\uFEFF", Kind.INVISIBLE_ONLY, 0, "U+FEFF"),
                Arguments.of("\u200B\u200B", Kind.INVISIBLE_ONLY, 0, "U+200B"),
                Arguments.of("\u00A0", Kind.INVISIBLE_ONLY, 0, "U+00A0"),
                Arguments.of("GPT\u00A03", Kind.HIDDEN_SPACE, 3, "U+00A0"),
                Arguments.of("Sta\u200Bble", Kind.HIDDEN_SPACE, 3, "U+200B"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void eachHostileKindIsFoundWhereItIs(String text, Kind kind, int index, String character) {
        TextHygiene.Finding f = TextHygiene.check(text, false).orElseThrow();
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.index()).isEqualTo(index);
        assertThat(f.character()).isEqualTo(character);
        assertThat(f.isWarning()).isEqualTo(kind == Kind.HIDDEN_SPACE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPT-3", "Stable Diffusion", "稳定扩散", "Llama \uD83E\uDD99", "DALL·E 2", "Ernie 3.0 Titan",
        "عربي", "naïve"})
    void ordinaryNamesPass(String name) {
        assertThat(TextHygiene.check(name, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"First line.\nSecond line.", "Columns\tapart", "100\u00A0B parameters", "Windows\r\nends"})
    void summariesMayBreakLinesAndUseNoBreakSpaces(String summary) {
        assertThat(TextHygiene.check(summary, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"esc\u001B[0m in a summary", "bell\u0007", "rlo\u202E"})
    void summariesStillRefuseControlsAndOverrides(String summary) {
        assertThat(TextHygiene.check(summary, true)).get().extracting(TextHygiene.Finding::isWarning).isEqualTo(false);
    }
}
