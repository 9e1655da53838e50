package org.genaitimeline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoDisplayTest {

    @ParameterizedTest(name = "{0} DISPLAY={1} WAYLAND={2} glass={3}: {4}")
    @CsvSource(nullValues = "-", value = {
        "Linux, -, -, -, true",
        "Linux, '', '  ', -, true",
        "Linux, :0, -, -, false",
        "Linux, -, wayland-0, -, false",
        "Linux, -, -, Monocle, false",
        "Linux, -, -, monocle, false",
        "Linux, -, -, gtk, true",
        "Mac OS X, -, -, -, false",
        "Windows 11, -, -, -, false",
        "-, -, -, -, false"})
    void onlyLinuxWithoutAnyDisplayAndWithoutMonocleLacksOne(String os, String display, String wayland,
            String glass, boolean lacks) {
        assertThat(NoDisplay.lacksDisplay(os, display, wayland, glass)).isEqualTo(lacks);
    }

    @Test
    void theMessageFollowsLangOrElseTheSystemLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(NoDisplay.message(List.of())).startsWith("GenAI Timeline cannot open its window")
                    .contains("DISPLAY", "--list", "--export");
            assertThat(NoDisplay.message(List.of("--lang", "zh"))).startsWith("GenAI Timeline 无法打开窗口")
                    .contains("--list", "--export");
            assertThat(NoDisplay.message(List.of("--lang=zh-CN"))).contains("无法打开窗口");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(NoDisplay.message(List.of("--startup-probe"))).contains("无法打开窗口");
            assertThat(NoDisplay.message(List.of("--lang", "en"))).contains("cannot open its window");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
