package org.genaitimeline.lecture;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.genaitimeline.files.AtomicFiles;
import org.genaitimeline.files.FigureFiles;

/**
 * Turns a rendered export into its file, off the FX thread: encodes the PNG and writes
 * atomically. Tests put in a writer that waits on a latch, to see the window answer meanwhile.
 */
@FunctionalInterface
public interface ExportWriter {

    /** What was rendered on the FX thread: an image to encode, or the file's bytes (SVG, CSV, Markdown). */
    record Content(WritableImage image, byte[] bytes) {
    }

    /** How far the write is, and whether the user cancelled it. */
    interface Progress {
        void done(double share);

        boolean cancelled();
    }

    /**
     * Writes the file; a cancelled write throws {@link java.util.concurrent.CancellationException}
     * and leaves the old file as it was.
     */
    void write(Path target, Content content, Progress progress) throws IOException, InterruptedException;

    /** The real one: PNG encoding with progress, then {@link AtomicFiles}. */
    static ExportWriter files() {
        return (target, content, progress) -> {
            byte[] bytes = content.image() == null ? content.bytes()
                    : FigureFiles.encodePng(content.image(), progress::done, progress::cancelled);
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            AtomicFiles.write(target, bytes);
            progress.done(1);
        };
    }
}
