package org.genaitimeline.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Window;
import org.genaitimeline.files.AtomicFiles;
import org.genaitimeline.state.AppState;

/**
 * Every file the app writes goes through here: it asks before replacing a file, writes to a
 * temporary file in the target folder and moves it into place ({@link AtomicFiles}), and on
 * failure says why and leaves the old file as it was.
 */
public final class SafeWrites {

    /** Produces a file's bytes; may fail. */
    @FunctionalInterface
    public interface Content {
        byte[] get() throws IOException;
    }

    private final AppState state;
    private final Prompts prompts;

    public SafeWrites(AppState state, Prompts prompts) {
        this.state = state;
        this.prompts = prompts;
    }

    /** Writes the file; true when it was written (false: declined or failed, the user was told). */
    public boolean write(Window owner, Path file, Content content) {
        if (!mayWrite(owner, file)) {
            return false;
        }
        try {
            AtomicFiles.write(file, content.get());
            return true;
        } catch (IOException | RuntimeException e) {
            failed(owner, file, e);
            return false;
        }
    }

    /** Whether the file may be written: it is new, or the user agreed to replace it. */
    public boolean mayWrite(Window owner, Path file) {
        return !Files.exists(file) || prompts.confirmOverwrite(owner, file);
    }

    /** Says that a write (here or in the background) failed, and why; the old file is as it was. */
    public void failed(Window owner, Path file, Throwable e) {
        prompts.error(owner, state.messages().get("file.error.title"),
                state.messages().get("file.error.write", file.getFileName(), reason(e)));
    }

    private String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return state.messages().get("file.error.denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return state.messages().get("file.error.noFolder");
        }
        return String.valueOf(e.getMessage());
    }
}
