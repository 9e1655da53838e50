package org.genaitimeline.platform;

import java.util.List;
import java.util.Locale;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * Whether the window can open at all. On Linux without an X or Wayland display GTK fails
 * deep in the toolkit with a stack trace; we say so in one line and point to the command
 * line instead. Monocle (the headless platform of tests and exports) needs no display.
 */
public final class NoDisplay {

    private NoDisplay() {
    }

    /** The decision, from the values of os.name, DISPLAY, WAYLAND_DISPLAY and glass.platform. */
    static boolean lacksDisplay(String osName, String display, String waylandDisplay, String glassPlatform) {
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
        return linux && blank(display) && blank(waylandDisplay) && !"monocle".equalsIgnoreCase(strip(glassPlatform));
    }

    /** The same decision for this process. */
    public static boolean lacksDisplay() {
        return lacksDisplay(System.getProperty("os.name"), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"),
                System.getProperty("glass.platform"));
    }

    /** The one line to print, in the language of {@code --lang} or else of the system locale. */
    public static String message(List<String> args) {
        Language language = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--lang=")) {
                language = Language.fromCode(a.substring("--lang=".length()));
            } else if (a.equals("--lang") && i + 1 < args.size()) {
                language = Language.fromCode(args.get(i + 1));
            }
        }
        if (language == null) {
            language = Language.forLocale(Locale.getDefault());
        }
        return Messages.of(language).get("app.noDisplay");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
