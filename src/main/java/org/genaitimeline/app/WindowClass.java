package org.genaitimeline.app;

/**
 * The name the window manager knows the app by (X11's {@code WM_CLASS}, which the
 * {@code .desktop} entry's {@code StartupWMClass} must match so the dock groups the window
 * with its launcher and shows our icon). JavaFX names it after the Application subclass
 * ({@code org.genaitimeline.app.GenAiTimelineApp}) through glass's internal
 * {@code Application.setName}; there is no public API for it, so it is set by reflection
 * (as JabRef and Cryptomator do), and where that is refused (JavaFX on the module
 * path, as under {@code mvn javafx:run}) the default name stays: a cosmetic loss only.
 */
final class WindowClass {

    /** Also the {@code StartupWMClass} of src/dist/linux/genai-timeline.desktop. */
    static final String NAME = "genai-timeline";

    private WindowClass() {
    }

    /** Call on the FX thread before the first window is shown. */
    static void set() {
        try {
            Class<?> glass = Class.forName("com.sun.glass.ui.Application");
            Object app = glass.getMethod("GetApplication").invoke(null);
            glass.getMethod("setName", String.class).invoke(app, NAME);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Keep JavaFX's default class name; the window works the same.
        }
    }
}
