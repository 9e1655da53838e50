package org.genaitimeline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each way the window cannot open gives its own line, in the user's language, naming the fix. */
class NoDisplayTest {

    private static final DisplayCheck.XProbe NOBODY = d -> false;
    private static final DisplayCheck.XProbe SERVER = d -> true;

    private static DisplayCheck.Inputs linux(String display, String wayland) {
        return new DisplayCheck.Inputs("Linux", display, wayland, null);
    }

    @Test
    void noDisplayAtAllIsCertainBeforeLaunch() {
        assertThat(DisplayCheck.beforeLaunch(linux(null, null), true)).contains(DisplayProblem.NO_DISPLAY);
        assertThat(DisplayCheck.beforeLaunch(linux(" ", ""), true)).contains(DisplayProblem.NO_DISPLAY);
        assertThat(line(DisplayProblem.NO_DISPLAY, linux(null, null), List.of()))
                .contains("there is no display", "DISPLAY", "Xvfb", "--export");
    }

    @Test
    void waylandWithoutDisplayAsksForXWayland() {
        DisplayCheck.Inputs in = linux(null, "wayland-0");
        assertThat(DisplayCheck.beforeLaunch(in, true)).contains(DisplayProblem.WAYLAND_ONLY);
        assertThat(line(DisplayProblem.WAYLAND_ONLY, in, List.of())).contains("wayland-0", "xwayland");
    }

    @Test
    void missingGtkIsCertainBeforeLaunchOnceADisplayIsSet() {
        assertThat(DisplayCheck.beforeLaunch(linux(":0", null), false)).contains(DisplayProblem.NO_GTK);
        assertThat(DisplayCheck.beforeLaunch(linux(":0", null), true)).isEmpty();
        assertThat(line(DisplayProblem.NO_GTK, linux(":0", null), List.of()))
                .contains("libgtk-3.so.0", "apt install libgtk-3-0");
    }

    @Test
    void aDeadDisplayIsNamedOnlyOnceTheToolkitFailedAndNoServerAnswers() {
        DisplayCheck.Inputs in = linux(":99", null);
        assertThat(DisplayCheck.beforeLaunch(in, true)).isEmpty();
        assertThat(DisplayCheck.afterFailure(in, true, NOBODY, "Unable to open DISPLAY"))
                .isEqualTo(DisplayProblem.DEAD_DISPLAY);
        assertThat(DisplayCheck.afterFailure(linux("not a display", null), true, SERVER, "x"))
                .isEqualTo(DisplayProblem.DEAD_DISPLAY);
        assertThat(line(DisplayProblem.DEAD_DISPLAY, in, List.of())).contains("DISPLAY=:99", "X server");
    }

    @Test
    void aServerThatAnswersButRefusesPointsToTheXAuthority() {
        assertThat(DisplayCheck.afterFailure(linux(":0", null), true, SERVER, "Unable to open DISPLAY"))
                .isEqualTo(DisplayProblem.REFUSED_DISPLAY);
        assertThat(line(DisplayProblem.REFUSED_DISPLAY, linux(":0", null), List.of())).contains("XAUTHORITY");
    }

    @Test
    void aGtkLoadFailureAfterLaunchIsMissingGtkEvenWhenTheFileLooksPresent() {
        assertThat(DisplayCheck.afterFailure(linux(":0", null), true, SERVER,
                "libglassgtk3.so: libgtk-3.so.0: cannot open shared object file")).isEqualTo(DisplayProblem.NO_GTK);
        // What JavaFX 21 says when libgtk-3.so.0 is there but cannot be loaded (seen with a broken file).
        assertThat(DisplayCheck.afterFailure(linux(":0", null), true, SERVER, "Unable to load glass GTK library."))
                .isEqualTo(DisplayProblem.NO_GTK);
    }

    @Test
    void anyOtherFailureQuotesTheToolkitAndTheLog() {
        DisplayCheck.Inputs in = linux(":0", null);
        assertThat(DisplayCheck.afterFailure(in, true, SERVER, "no suitable pipeline"))
                .isEqualTo(DisplayProblem.TOOLKIT_FAILED);
        assertThat(NoDisplay.message(List.of(), DisplayProblem.TOOLKIT_FAILED, in, "no suitable pipeline",
                "/home/u/log.txt")).contains("no suitable pipeline", "/home/u/log.txt");
    }

    @Test
    void otherSystemsAndMonocleAreNeverStopped() {
        assertThat(DisplayCheck.beforeLaunch(new DisplayCheck.Inputs("Windows 11", null, null, null), false)).isEmpty();
        assertThat(DisplayCheck.beforeLaunch(new DisplayCheck.Inputs("Mac OS X", null, null, null), false)).isEmpty();
        assertThat(DisplayCheck.beforeLaunch(new DisplayCheck.Inputs("Linux", null, null, "Monocle"), false))
                .isEmpty();
        assertThat(DisplayCheck.beforeLaunch(new DisplayCheck.Inputs(null, null, null, null), false)).isEmpty();
    }

    @Test
    void eachLineIsOneLineInTheChosenLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            for (DisplayProblem p : DisplayProblem.values()) {
                String en = line(p, linux(":5", "wayland-1"), List.of());
                String zh = line(p, linux(":5", "wayland-1"), List.of("--lang", "zh"));
                assertThat(en).as(p.name()).startsWith("GenAI Timeline cannot open its window").doesNotContain("\n");
                assertThat(zh).as(p.name()).startsWith("GenAI Timeline 无法打开窗口").doesNotContain("\n");
            }
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(line(DisplayProblem.NO_DISPLAY, linux(null, null), List.of("--startup-probe")))
                    .contains("无法打开窗口");
            assertThat(line(DisplayProblem.NO_DISPLAY, linux(null, null), List.of("--lang=en")))
                    .contains("cannot open its window");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void displayValuesParseToASocketOrAPort() {
        assertThat(XDisplay.parse(":0")).contains(new XDisplay("", 0));
        assertThat(XDisplay.parse("unix:1.0")).contains(new XDisplay("", 1));
        assertThat(XDisplay.parse("localhost:10.0")).hasValueSatisfying(d -> {
            assertThat(d.local()).isFalse();
            assertThat(d.port()).isEqualTo(6010);
        });
        assertThat(XDisplay.parse("wayland-0")).isEqualTo(Optional.empty());
        assertThat(XDisplay.parse(null)).isEmpty();
    }

    private static String line(DisplayProblem p, DisplayCheck.Inputs in, List<String> args) {
        return NoDisplay.message(args, p, in, "x", "log");
    }
}
