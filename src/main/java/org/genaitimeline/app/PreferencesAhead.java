package org.genaitimeline.app;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.prefs.PreferenceStore;
import org.genaitimeline.savedview.SavedView;

/**
 * Start-up: the preferences and the last session, read on a second thread while the window
 * toolkit starts ({@link Main} asks before the launch), with the session language's messages
 * loaded meanwhile. On the FX thread this was 50–160 ms of {@code start()} (opening the
 * preferences' XML store, decoding the session, the message bundles: cold code), with the
 * toolkit's start beside it the second core had room for it. {@link #get()} takes the result,
 * or does the reading itself if the thread has not begun, so nothing waits on a thread that
 * never ran.
 */
final class PreferencesAhead {

    /** What {@code start()} needs first. */
    record Read(PreferenceStore prefs, SavedView session) {
    }

    private final FutureTask<Read> read = new FutureTask<>(PreferencesAhead::read);

    private PreferencesAhead() {
    }

    /** Starts the reading on a daemon thread. */
    static PreferencesAhead reading() {
        PreferencesAhead ahead = new PreferencesAhead();
        Thread t = new Thread(ahead.read, "genai-prefs-ahead");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    /** Read on this thread (no reading was started ahead). */
    static Read now() {
        return read();
    }

    /** The result, waiting for the thread if it is reading; read here if it has not started. */
    Read get() {
        read.run(); // a no-op once the thread has run it
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Read read() {
        PreferenceStore prefs = PreferenceStore.forApp();
        SavedView session = prefs.session(Language.forLocale(Locale.getDefault()));
        Messages.of(session.language());
        return new Read(prefs, session);
    }
}
