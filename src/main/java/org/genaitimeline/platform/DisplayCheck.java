package org.genaitimeline.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides why the window cannot open, from plain inputs so each case has a plain test: the
 * environment, whether an X server answers, whether GTK 3 is installed, and (after the toolkit
 * failed) what it said. Before launch only certain cases stop the app (no display at all,
 * Wayland only, no GTK library anywhere); whether an X server answers is asked only once the
 * toolkit has failed, so a probe that is wrong (an abstract socket Java cannot reach) never
 * keeps a working app from starting.
 */
public final class DisplayCheck {

    /** What the check reads from the process. */
    public record Inputs(String osName, String display, String waylandDisplay, String glassPlatform) {

        /** This process's values. */
        public static Inputs current() {
            return new Inputs(System.getProperty("os.name"), System.getenv("DISPLAY"),
                    System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        }

        boolean checked() {
            boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
            return linux && !"monocle".equalsIgnoreCase(glassPlatform == null ? "" : glassPlatform.strip());
        }
    }

    /** Whether an X server answers at a display. */
    @FunctionalInterface
    public interface XProbe {
        boolean answers(XDisplay display);
    }

    private DisplayCheck() {
    }

    /** Before launch: the problems that are certain from the environment and the installed libraries. */
    public static Optional<DisplayProblem> beforeLaunch(Inputs in, boolean gtkInstalled) {
        if (!in.checked()) {
            return Optional.empty();
        }
        if (blank(in.display())) {
            return Optional.of(blank(in.waylandDisplay()) ? DisplayProblem.NO_DISPLAY : DisplayProblem.WAYLAND_ONLY);
        }
        return gtkInstalled ? Optional.empty() : Optional.of(DisplayProblem.NO_GTK);
    }

    /**
     * After the toolkit failed to start: the likeliest reason.
     *
     * @param failure the text of the toolkit's exception and its causes
     */
    public static DisplayProblem afterFailure(Inputs in, boolean gtkInstalled, XProbe probe, String failure) {
        Optional<DisplayProblem> certain = beforeLaunch(in, gtkInstalled);
        if (certain.isPresent()) {
            return certain.get();
        }
        String said = failure == null ? "" : failure.toLowerCase(Locale.ROOT);
        // "Unable to load glass GTK library.", "libgtk-3.so.0: cannot open shared object file"
        if (said.contains("gtk")) {
            return DisplayProblem.NO_GTK;
        }
        if (!blank(in.display())) {
            Optional<XDisplay> x = XDisplay.parse(in.display());
            if (x.isEmpty() || !probe.answers(x.get())) {
                return DisplayProblem.DEAD_DISPLAY;
            }
            if (said.contains("unable to open display")) {
                return DisplayProblem.REFUSED_DISPLAY;
            }
        }
        return DisplayProblem.TOOLKIT_FAILED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
