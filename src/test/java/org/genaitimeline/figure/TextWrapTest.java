package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions break at spaces in English and between characters in Chinese, never past the width. */
class TextWrapTest {

    private final TextMeasure measure = TextMeasure.approximate();

    @Test
    void englishBreaksAtSpacesAndEveryLineFits() {
        String text = "A short history of generative AI from 2014 to 2023, with a note on LSTMs and Boltzmann machines";
        double width = measure.width(text, 11, false) / 3;
        List<String> lines = TextWrap.lines(text, width, measure, 11, false);

        assertThat(lines).hasSizeBetween(3, 5);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (String line : lines) {
            assertThat(measure.width(line, 11, false)).isLessThanOrEqualTo(width);
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void chineseBreaksBetweenCharactersAndLosesNone() {
        String text = "从 2014 年到 2023 年的生成 AI 简史（注意：一些重要的发展，如 LSTM 和早期基于能量的模型在这个时间轴之前）";
        double width = measure.width(text, 11, false) / 4;
        List<String> lines = TextWrap.lines(text, width, measure, 11, false);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines).allSatisfy(l -> assertThat(measure.width(l, 11, false)).isLessThanOrEqualTo(width));
    }

    @Test
    void aShortTextIsOneLine() {
        assertThat(TextWrap.lines("Figure 14-3", 500, measure, 11, false)).containsExactly("Figure 14-3");
    }
}
