package org.genaitimeline.app;

/**
 * The jar's entry point: no arguments open the app, any argument runs the command line.
 * It is not an {@code Application} subclass on purpose: a shaded, non-modular jar whose
 * main class extends {@code Application} refuses to start ("JavaFX runtime components are
 * missing"). The command line lives in {@link CommandLineLauncher} so that starting the GUI
 * never loads picocli or the export classes.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(GenAiTimelineApp.class, args);
        } else {
            System.exit(CommandLineLauncher.run(args));
        }
    }
}
