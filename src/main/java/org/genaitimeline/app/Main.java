package org.genaitimeline.app;

import org.genaitimeline.platform.NoDisplay;

/**
 * The jar's entry point: with no arguments, or only the app's own options
 * ({@code --startup-probe}, {@code --present}, {@code --lang}, {@code --theme}, {@code --tab},
 * {@code --view}, {@code --select}, {@code --query}), it opens the app; anything else goes to the command line, which runs the
 * command or explains the usage error.
 * It is not an {@code Application} subclass on purpose: a shaded, non-modular jar whose
 * main class extends {@code Application} refuses to start ("JavaFX runtime components are
 * missing"). The command line lives in {@link CommandLineLauncher} so that starting the GUI
 * never loads picocli or the export classes.
 */
public final class Main {
    private Main() {
    }

    /** The app's own options: flags, and options that take the next argument as a value. */
    static final java.util.Set<String> APP_FLAGS = java.util.Set.of("--startup-probe", "--present");
    static final java.util.Set<String> APP_OPTIONS = java.util.Set.of("--lang", "--theme", "--tab", "--view",
            "--select", "--query");

    public static void main(String[] args) {
        if (opensTheApp(args)) {
            if (NoDisplay.lacksDisplay()) {
                System.err.println(NoDisplay.message(java.util.List.of(args)));
                System.exit(1);
            }
            // Before launch: the shaded jar runs JavaFX from the class path on purpose (see
            // above), and its start-up warning about that would read as an error on stderr.
            org.genaitimeline.platform.FxPlatform.quietUnnamedModuleWarning();
            javafx.application.Application.launch(GenAiTimelineApp.class, args);
        } else {
            System.exit(CommandLineLauncher.run(args));
        }
    }

    /** True when every argument is one of the app's own options (or its value). */
    static boolean opensTheApp(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (APP_FLAGS.contains(a) || (a.contains("=") && APP_OPTIONS.contains(a.substring(0, a.indexOf('='))))) {
                continue;
            }
            if (APP_OPTIONS.contains(a) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}
