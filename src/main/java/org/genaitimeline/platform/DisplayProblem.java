package org.genaitimeline.platform;

/**
 * Why the window cannot open on this machine. Each names the message that says, in one line,
 * what is wrong and what to install or set.
 */
public enum DisplayProblem {
    /** Neither DISPLAY nor WAYLAND_DISPLAY is set. */
    NO_DISPLAY("app.noDisplay"),
    /** DISPLAY names an X server that does not answer. */
    DEAD_DISPLAY("app.deadDisplay"),
    /** The X server answers but would not let us in (X authority). */
    REFUSED_DISPLAY("app.refusedDisplay"),
    /** A Wayland session without XWayland: JavaFX draws through X11 only. */
    WAYLAND_ONLY("app.waylandOnly"),
    /** libgtk-3.so.0, which JavaFX's window toolkit needs on Linux, is not installed. */
    NO_GTK("app.noGtk"),
    /** The toolkit failed for a reason none of the above explains. */
    TOOLKIT_FAILED("app.toolkitFailed");

    private final String key;

    DisplayProblem(String key) {
        this.key = key;
    }

    /** The message key of the one line (written out so the bundle check sees it). */
    public String key() {
        return key;
    }
}
