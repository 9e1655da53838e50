package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Sizes are formatted in {@code long}s ({@code --list} of a large catalog formats each twice);
 * the text must be the one the {@code BigDecimal} arithmetic gave, at every rounding edge.
 */
class ModelFormatLongsTest {

    @Test
    void theLongArithmeticGivesTheBigDecimalText() {
        List<Long> counts = new ArrayList<>();
        long[] units = {1000L, 10_000L, 1_000_000L, 100_000_000L, 1_000_000_000L, 1_000_000_000_000L};
        for (long unit : units) {
            for (long lead : new long[] {1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456}) {
                long base = lead * unit;
                for (long d = -unit / 2 - 2; d <= unit / 2 + 2; d += Math.max(1, unit / 2000)) {
                    counts.add(base + d);
                }
                for (long d : new long[] {-1, 0, 1, unit / 200, unit / 200 - 1, unit / 20, unit / 20 - 1,
                    unit / 2, unit / 2 - 1, unit / 2000, unit / 2000 - 1}) {
                    counts.add(base + d);
                    counts.add(base - d);
                }
            }
        }
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            counts.add(1 + (long) Math.pow(10, random.nextDouble() * 18.9));
        }
        counts.add(Long.MAX_VALUE);
        counts.add(999_500_000L); // 999.5M: 1000M, said as 1B
        counts.add(999_499_999L);
        for (long n : counts) {
            if (n <= 0) {
                continue;
            }
            for (Language language : Language.values()) {
                assertThat(ModelFormat.parameters(n, language)).as("%d in %s", n, language)
                        .isEqualTo(ModelFormat.parametersExact(n, language));
            }
        }
        assertThat(ModelFormat.parameters(999_500_000L, Language.EN)).isEqualTo("1B");
        assertThat(ModelFormat.parameters(175_000_000_000L, Language.ZH)).isEqualTo("1750 亿");
        assertThat(ModelFormat.parameters(2_700_000_000L, Language.EN)).isEqualTo("2.7B");
    }
}
