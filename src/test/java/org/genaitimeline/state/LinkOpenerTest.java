package org.genaitimeline.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkOpenerTest {

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2005.14165, true",
        "http://example.org/paper.pdf, true",
        "HTTPS://ARXIV.ORG/abs/1, true",
        "file:///etc/passwd, false",
        "javascript:alert(1), false",
        "ftp://example.org/x, false",
        "arxiv.org/abs/1, false",
        "https://, false"})
    void onlyWebLinksAreOpened(String url, boolean opens) {
        List<String> browser = new ArrayList<>();

        assertThat(LinkOpener.checked(browser::add).open(url)).isEqualTo(opens);
        assertThat(browser).hasSize(opens ? 1 : 0);
    }
}
