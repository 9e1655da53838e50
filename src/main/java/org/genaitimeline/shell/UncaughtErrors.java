package org.genaitimeline.shell;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.genaitimeline.state.AppState;

/**
 * Catches what nobody caught, on the FX thread and every other: writes it to the log through
 * {@link System.Logger} and shows an {@link ErrorDialog}. One dialog at a time: an error that
 * repeats on every pulse would otherwise bury the window in dialogs; later ones go to the log.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final AppState state;
    private final Supplier<Window> owner;
    private final Path logFile;
    private Alert showing;

    public UncaughtErrors(AppState state, Supplier<Window> owner, Path logFile) {
        this.state = state;
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Becomes the handler of every thread, the FX thread's own included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught on thread " + thread.getName(), error);
        // Later even on the FX thread: the error may have struck mid-layout, where a dialog must not open.
        Platform.runLater(() -> show(error));
    }

    /** The dialog now showing, or null (tests). */
    public Alert showing() {
        return showing;
    }

    private void show(Throwable error) {
        if (showing != null && showing.isShowing()) {
            return;
        }
        showing = ErrorDialog.of(owner.get(), state.messages(), error, logFile);
        showing.show();
    }
}
