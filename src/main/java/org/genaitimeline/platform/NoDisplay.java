package org.genaitimeline.platform;

import java.util.List;
import java.util.Locale;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The one line that says why the window cannot open, in the language of {@code --lang} or
 * else of the system locale (the window's own choice is not known yet). On Linux GTK fails
 * deep in the toolkit with a stack trace; the user gets this line instead.
 */
public final class NoDisplay {

    private NoDisplay() {
    }

    /** The line for a problem, filled in from the environment and the failure. */
    public static String message(List<String> args, DisplayProblem problem, DisplayCheck.Inputs in, String failure,
            String logFile) {
        return Messages.of(language(args)).get(problem.key(), String.valueOf(in.display()),
                String.valueOf(in.waylandDisplay()), String.valueOf(failure), String.valueOf(logFile));
    }

    static Language language(List<String> args) {
        Language language = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--lang=")) {
                language = Language.fromCode(a.substring("--lang=".length()));
            } else if (a.equals("--lang") && i + 1 < args.size()) {
                language = Language.fromCode(args.get(i + 1));
            }
        }
        return language == null ? Language.forLocale(Locale.getDefault()) : language;
    }
}
