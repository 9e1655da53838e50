package org.genaitimeline.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the app keeps its own files (the log) on each system: XDG_DATA_HOME or
 * ~/.local/share on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS,
 * each in a folder named for the app. Pure, so each system has a plain test.
 */
public final class DataFolder {

    static final String APP = "genai-timeline";

    private DataFolder() {
    }

    /**
     * @param osName the os.name property
     * @param env reads an environment variable (null when unset)
     * @param home the user's home folder
     */
    public static Path of(String osName, UnaryOperator<String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            return (blank(appData) ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve(APP);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP);
        }
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG spec ignores a relative XDG_DATA_HOME.
        Path base = blank(xdg) || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(APP);
    }

    /** This user's folder. */
    public static Path current() {
        return of(System.getProperty("os.name"), System::getenv, Path.of(System.getProperty("user.home")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
