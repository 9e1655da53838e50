package org.genaitimeline.app;

import java.util.List;
import org.genaitimeline.platform.AppLog;
import org.genaitimeline.platform.DisplayCheck;
import org.genaitimeline.platform.DisplayProblem;
import org.genaitimeline.platform.LibraryLookup;
import org.genaitimeline.platform.NoDisplay;
import org.genaitimeline.platform.Stderr;
import org.genaitimeline.platform.XSocketProbe;

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
            DisplayCheck.Inputs env = DisplayCheck.Inputs.current();
            var certain = DisplayCheck.beforeLaunch(env, gtkInstalled(env));
            if (certain.isPresent()) {
                Stderr.line(NoDisplay.message(List.of(args), certain.get(), env, "", ""));
                System.exit(1);
            }
            // Before launch: the shaded jar runs JavaFX from the class path on purpose (see
            // above), and its start-up warning about that would read as an error on stderr.
            org.genaitimeline.platform.FxPlatform.quietUnnamedModuleWarning();
            // The bundled catalog is read on a second thread while the toolkit starts.
            GenAiTimelineApp.readCatalogAhead();
            try {
                javafx.application.Application.launch(GenAiTimelineApp.class, args);
            } catch (RuntimeException | Error e) {
                cannotOpen(args, env, e);
            }
        } else {
            System.exit(CommandLineLauncher.run(args));
        }
    }

    /**
     * The toolkit did not start (a dead DISPLAY, a refused one, a broken GTK): one line saying
     * why, the stack trace only in the log.
     */
    private static void cannotOpen(String[] args, DisplayCheck.Inputs env, Throwable e) {
        StringBuilder said = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            said.append(said.length() == 0 ? "" : " / ").append(t.getMessage());
        }
        java.nio.file.Path log = AppLog.installForUser();
        AppLog.of(Main.class).log(System.Logger.Level.ERROR, "The window could not open", e);
        DisplayProblem why = DisplayCheck.afterFailure(env, gtkInstalled(env),
                new XSocketProbe(XSocketProbe.X11_SOCKETS), said.toString());
        Stderr.line(NoDisplay.message(List.of(args), why, env, said.toString(), String.valueOf(log)));
        System.exit(1);
    }

    /** Looked up only on Linux, where the window toolkit needs GTK 3. */
    private static boolean gtkInstalled(DisplayCheck.Inputs env) {
        return !String.valueOf(env.osName()).toLowerCase(java.util.Locale.ROOT).startsWith("linux")
                || LibraryLookup.current().installed(LibraryLookup.GTK3);
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
