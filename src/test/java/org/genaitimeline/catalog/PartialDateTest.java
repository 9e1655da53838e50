package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"1997, 1997, 0, 0", "2013-12, 2013, 12, 0", "2020-05-28, 2020, 5, 28", "2024-02-29, 2024, 2, 29"})
    void parsesEachPrecision(String text, int year, int month, int day) {
        PartialDate d = PartialDate.parse(text);
        assertThat(d).isEqualTo(new PartialDate(year, month, day));
        assertThat(d.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2020-13; month 13 does not exist",
        "2020-00; month 00 does not exist",
        "2021-02-30; day 30 does not exist in 2021-02",
        "2023-02-29; day 29 does not exist in 2023-02",
        "2020.5; is not a date",
        "2020.42; is not a date",
        "20-05; is not a date",
        "2020-5; is not a date",
        "2020-05-1; is not a date",
        "May 2020; is not a date",
        "0000; year 0000 does not exist",
        "; is not a date",
    })
    void rejectsMalformedOrImpossibleDates(String text, String message) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(PartialDate.tryParse(text)).isEmpty();
    }

    @Test
    void comparesByFirstDayThenLessPreciseFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2020-01-01"), PartialDate.parse("2021"), PartialDate.parse("2020-01"),
                PartialDate.parse("2019-12-31"), PartialDate.parse("2020")));
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2019-12-31", "2020", "2020-01", "2020-01-01", "2021");
    }

    @Test
    void laterMonthSortsAfter() {
        assertThat(PartialDate.parse("2022-04")).isLessThan(PartialDate.parse("2022-05"));
        assertThat(PartialDate.parse("2022-12")).isLessThan(PartialDate.parse("2023"));
    }

    @Test
    void fractionalYearSitsInTheMiddleOfThePeriod() {
        assertThat(PartialDate.parse("2020").toFractionalYear()).isBetween(2020.49, 2020.51);
        assertThat(PartialDate.parse("2020-01-01").toFractionalYear()).isEqualTo(2020.0);
        assertThat(PartialDate.parse("2020-07").toFractionalYear()).isBetween(2020.5, 2020.6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29", "2020-04-31"})
    void constructorRejectsImpossibleDays(String text) {
        String[] p = text.split("-");
        assertThatThrownBy(() -> PartialDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
