package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|true",
        "--startup-probe|true",
        "--lang zh --select gpt-3|true",
        "--lang=zh --theme projector --tab growth|true",
        "--view talk.json --present|true",
        "--export timeline --view talk.json --out x.png|false",
        "--list|false",
        "--export timeline --out x.png|false",
        "--validate a.json|false",
        "--help|false",
        "--bogus|false",
        "--lang|false",
        "--lang zh --list|false"})
    void onlyTheAppsOwnOptionsOpenTheApp(String line, boolean app) {
        String[] args = line.isBlank() ? new String[0] : line.split(" ");
        assertThat(Main.opensTheApp(args)).isEqualTo(app);
    }
}
