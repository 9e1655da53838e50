package org.genaitimeline.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Whether a link can reach a browser at all. On Linux JavaFX's {@code showDocument} runs
 * {@code which} for a few browser launchers and, when none is there, prints a stack trace on
 * standard error and returns as if it had worked; so we look first, for the same programs.
 * Windows and macOS always have a handler.
 */
public final class BrowserCheck {

    /** What JavaFX tries on Linux, in its order. */
    static final List<String> LAUNCHERS = List.of("xdg-open", "google-chrome", "firefox", "opera", "konqueror",
            "mozilla");

    private BrowserCheck() {
    }

    /**
     * @param osName the os.name property
     * @param path the PATH variable
     * @param executable whether a file is an executable program
     */
    public static boolean available(String osName, String path, Predicate<Path> executable) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux")) {
            return true;
        }
        if (path == null || path.isBlank()) {
            return false;
        }
        List<Path> folders = java.util.Arrays.stream(path.split(File.pathSeparator)).filter(f -> !f.isBlank())
                .map(Path::of).toList();
        boolean which = folders.stream().anyMatch(f -> executable.test(f.resolve("which")));
        return which && LAUNCHERS.stream().anyMatch(l -> folders.stream().anyMatch(f -> executable.test(f.resolve(l))));
    }

    /** For this process. */
    public static boolean available() {
        return available(System.getProperty("os.name"), System.getenv("PATH"), Files::isExecutable);
    }
}
