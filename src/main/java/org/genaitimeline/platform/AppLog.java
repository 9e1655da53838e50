package org.genaitimeline.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file, {@code logs/genai-timeline.log} in the {@link DataFolder}. The code
 * logs through {@link System.Logger}; the JDK backs that with java.util.logging, so a
 * FileHandler on the app's logger is all it takes (no logging library). Starts over
 * past 1 MB. Installed by the window on start; the command line does not write
 * it (its problems go to standard error).
 */
public final class AppLog {

    /** The name of the app's loggers' parent. */
    public static final String ROOT = "org.genaitimeline";
    private static final int LIMIT = 1 << 20;
    /** Held: java.util.logging keeps loggers only weakly, and the handler would go with it. */
    private static final Logger APP_LOGGER = Logger.getLogger(ROOT);
    private static Path file;

    private AppLog() {
    }

    /** Starts writing the log under {@code folder}; the file, or null when it cannot be written. */
    public static synchronized Path install(Path folder) {
        if (file != null) {
            return file;
        }
        Path logs = folder.resolve("logs");
        try {
            Files.createDirectories(logs);
            Path target = logs.resolve("genai-timeline.log");
            // One file that starts over past the limit: a log of the last sessions, not a history.
            FileHandler handler = new FileHandler(target.toString(), LIMIT, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            APP_LOGGER.addHandler(handler);
            APP_LOGGER.setLevel(Level.INFO);
            // Not also on the console: the window shows what matters; stderr stays quiet.
            APP_LOGGER.setUseParentHandlers(false);
            file = target;
        } catch (IOException | SecurityException e) {
            file = null;
        }
        return file;
    }

    /** The log file in this user's data folder (installed on first call). */
    public static Path installForUser() {
        return install(DataFolder.current());
    }

    /** The file being written, or null. */
    public static synchronized Path file() {
        return file;
    }

    /** A logger for a class of the app. */
    public static System.Logger of(Class<?> type) {
        return System.getLogger(type.getName());
    }
}
