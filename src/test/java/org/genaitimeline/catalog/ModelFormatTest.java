package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelFormatTest {

    /** Every size cell of Tables 14-1 and 14-2 as the English and the Chinese book print it. */
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "175000000000, 175B, 1750 亿",
        "2700000000, 2.7B, 27 亿",
        "6000000000, 6B, 60 亿",
        "530000000000, 530B, 5300 亿",
        "280000000000, 280B, 2800 亿",
        "137000000000, 137B, 1370 亿",
        "20000000000, 20B, 200 亿",
        "70000000000, 70B, 700 亿",
        "540000000000, 540B, 5400 亿",
        "11000000000, 11B, 110 亿",
        "65000000000, 65B, 650 亿",
        "3500000000, 3.5B, 35 亿",
        "4600000000, 4.6B, 46 亿",
        "890000000, 890M, 8.9 亿",
        "3000000000, 3B, 30 亿",
        "66000000000, 66B, 660 亿",
    })
    void bookTableSizes(long count, String en, String zh) {
        assertThat(ModelFormat.parameters(count, Language.EN)).isEqualTo(en);
        assertThat(ModelFormat.parameters(count, Language.ZH)).isEqualTo(zh);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "1, 1, 1",
        "999, 999, 999",
        "1000, 1K, 1000",
        "9999, 10K, 9999",
        "10000, 10K, 1 万",
        "117000000, 117M, 1.17 亿",
        "60000000, 60M, 6000 万",
        "1234567890, 1.23B, 12.3 亿",
        "1500000000000, 1.5T, 1.5 万亿",
        "1000000000000, 1T, 1 万亿",
        "9223372036854775807, 9223372T, 9223372 万亿",
    })
    void smallAndHugeCounts(long count, String en, String zh) {
        assertThat(ModelFormat.parameters(count, Language.EN)).isEqualTo(en);
        assertThat(ModelFormat.parameters(count, Language.ZH)).isEqualTo(zh);
    }

    /** A count that rounds up to the next unit is printed in that unit. */
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "999600000, 1B, 10 亿",
        "999999, 1M, 100 万",
        "99996000, 100M, 1 亿",
        "999960000000, 1T, 1 万亿",
    })
    void roundingUpMovesToTheNextUnit(long count, String en, String zh) {
        assertThat(ModelFormat.parameters(count, Language.EN)).isEqualTo(en);
        assertThat(ModelFormat.parameters(count, Language.ZH)).isEqualTo(zh);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void rejectsCountsOfZeroOrLess(long count) {
        assertThatThrownBy(() -> ModelFormat.parameters(count, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelFormat.parameters(count, Language.ZH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelFormat.billions(count)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"EN, Unknown", "ZH, 未知"})
    void unknownSize(Language language, String expected) {
        assertThat(ModelFormat.parameters(OptionalLong.empty(), language)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EN, Unknown", "ZH, 未知"})
    void openWeightsNobodyStatedAreUnknown(Language language, String expected) {
        assertThat(ModelFormat.openSource(java.util.Optional.empty(), OptionalLong.empty(), language))
                .isEqualTo(expected);
        assertThat(ModelFormat.openSource(java.util.Optional.of(true), OptionalLong.empty(), language))
                .isEqualTo(language == Language.ZH ? "是" : "Yes");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "EN; true; ; Yes",
        "EN; false; ; No",
        "EN; true; 66000000000; Yes (66B)",
        "EN; false; 66000000000; No",
        "ZH; true; ; 是",
        "ZH; false; ; 否",
        "ZH; true; 66000000000; 是（660 亿）",
    })
    void openSourceCells(Language language, boolean open, Long part, String expected) {
        OptionalLong openPart = part == null ? OptionalLong.empty() : OptionalLong.of(part);
        assertThat(ModelFormat.openSource(open, openPart, language)).isEqualTo(expected);
    }

    /** Every date cell of the two tables, plus year-only and day-precise dates. */
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "2020-05, May 2020, 2020 年 5 月",
        "2021-03, March 2021, 2021 年 3 月",
        "2021-06, June 2021, 2021 年 6 月",
        "2021-10, October 2021, 2021 年 10 月",
        "2021-12, December 2021, 2021 年 12 月",
        "2022-01, January 2022, 2022 年 1 月",
        "2022-02, February 2022, 2022 年 2 月",
        "2022-04, April 2022, 2022 年 4 月",
        "2022-07, July 2022, 2022 年 7 月",
        "2022-08, August 2022, 2022 年 8 月",
        "2022-09, September 2022, 2022 年 9 月",
        "2022-11, November 2022, 2022 年 11 月",
        "2023-01, January 2023, 2023 年 1 月",
        "2018, 2018, 2018 年",
        "2020-05-28, May 2020, 2020 年 5 月",
    })
    void dates(String date, String en, String zh) {
        PartialDate d = PartialDate.parse(date);
        assertThat(ModelFormat.date(d, Language.EN)).isEqualTo(en);
        assertThat(ModelFormat.date(d, Language.ZH)).isEqualTo(zh);
    }

    @ParameterizedTest
    @CsvSource({"2020-05-28, 28 May 2020, 2020 年 5 月 28 日", "2020-05, May 2020, 2020 年 5 月"})
    void longDates(String date, String en, String zh) {
        assertThat(ModelFormat.longDate(PartialDate.parse(date), Language.EN)).isEqualTo(en);
        assertThat(ModelFormat.longDate(PartialDate.parse(date), Language.ZH)).isEqualTo(zh);
    }

    /** Figure 14-3 labels every point in billions. */
    @ParameterizedTest
    @CsvSource({"117000000, 0.117B", "540000000000, 540B", "890000000, 0.89B", "1500000000, 1.5B",
        "1234567, 0.00123B"})
    void figureLabelsInBillions(long count, String expected) {
        assertThat(ModelFormat.billions(count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "70B, 70000000000",
        "890M, 890000000",
        "1.5e9, 1500000000",
        "175000000000, 175000000000",
        "12K, 12000",
        "1.2T, 1200000000000",
        "2.7b, 2700000000",
        "8.9亿, 890000000",
        "6000 万, 60000000",
        "1 万亿, 1000000000000",
        "' 70B ', 70000000000",
    })
    void parsesSizesAsPeopleWriteThem(String text, long expected) {
        assertThat(ModelFormat.parseParameters(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0", "0B", "-5B", "70X", "1e30", "B", "1.5.2B"})
    void rejectsWhatIsNotAPositiveSize(String text) {
        assertThatThrownBy(() -> ModelFormat.parseParameters(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What the tables print reads back as the same size. */
    @ParameterizedTest
    @ValueSource(longs = {175_000_000_000L, 2_700_000_000L, 890_000_000L, 66_000_000_000L, 12_000L, 1_500_000_000_000L})
    void formattedSizesReadBack(long count) {
        for (Language language : Language.values()) {
            assertThat(ModelFormat.parseParameters(ModelFormat.parameters(count, language))).isEqualTo(count);
        }
    }
}
