package org.genaitimeline.tabledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {

    @Test
    void headerThenRowsSeparatedByTabs() {
        assertThat(Tsv.of(List.of("Model", "# Parameters"), List.of(List.of("GPT-3", "175B"), List.of("PaLM", "540B"))))
                .isEqualTo("Model\t# Parameters\nGPT-3\t175B\nPaLM\t540B\n");
    }

    @Test
    void tabsAndLineBreaksInCellsBecomeSpaces() {
        assertThat(Tsv.of(List.of("a"), List.of(List.of("x\ty\nz")))).isEqualTo("a\nx y z\n");
    }
}
