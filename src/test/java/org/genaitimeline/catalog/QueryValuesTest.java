package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryValuesTest {

    @ParameterizedTest
    @CsvSource({"70B, 70000000000", "890M, 890000000", " 1.5e9 , 1500000000", "175000000000, 175000000000"})
    void sizesReadWithOrWithoutAUnit(String text, long count) {
        assertThat(QueryValues.size(text)).contains(count);
    }

    @ParameterizedTest
    @CsvSource({"0", "-5B", "big", "''"})
    void whatIsNoSizeIsEmpty(String text) {
        assertThat(QueryValues.size(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2020, true", " 1 , true", "9999, true", "0, false", "10000, false", "2020.5, false", "soon, false"})
    void yearsAreWholeAndInRange(String text, boolean year) {
        assertThat(QueryValues.year(text).isPresent()).isEqualTo(year);
    }

    @Test
    void idsReadBackWhatTheyAreWritten() {
        for (Provenance.Origin o : Provenance.Origin.values()) {
            assertThat(QueryValues.origin(o.id())).contains(o);
        }
        for (ModelQuery.OpenFilter o : ModelQuery.OpenFilter.values()) {
            assertThat(QueryValues.open(QueryValues.id(o))).contains(o);
        }
        assertThat(QueryValues.family(" gan ")).contains(Family.GAN);
        assertThat(QueryValues.kind("llm")).contains(Kind.LLM);
        assertThat(QueryValues.table("14-2")).contains(BookTable.TEXT_TO_IMAGE);
        assertThat(QueryValues.origin("nowhere")).isEmpty();
        assertThat(QueryValues.tableIds()).isEqualTo("14-1, 14-2");
    }
}
