package org.genaitimeline.lecture;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.genaitimeline.files.AtomicFiles;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.files.FigureFiles;

/**
 * Turns a rendered export into its file, off the FX thread: encodes the PNG and writes
 * atomically. Tests put in a writer that waits on a latch, to see the window answer meanwhile.
 */
@FunctionalInterface
public interface ExportWriter {

    /**
     * What the export is: an image rendered on the FX thread, a big figure to paint tile by
     * tile from the background, or the file's bytes (SVG, CSV, Markdown); one of them is set.
     */
    record Content(WritableImage image, Tiles tiles, byte[] bytes) {

        Content(WritableImage image, byte[] bytes) {
            this(image, null, bytes);
        }
    }

    /** A figure too big to paint at once: its logical size, scale and paint routine. */
    record Tiles(double width, double height, double scale, java.util.function.Consumer<Surface> paint) {
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
            byte[] bytes;
            if (content.tiles() != null) {
                // Painting takes the first half of the bar, encoding the second.
                Tiles t = content.tiles();
                java.awt.image.BufferedImage image = FigureFiles.renderTiled(t.width(), t.height(), t.scale(),
                        t.paint(), d -> progress.done(d / 2), progress::cancelled);
                bytes = FigureFiles.encodePng(image, d -> progress.done(0.5 + d / 2), progress::cancelled);
            } else if (content.image() != null) {
                bytes = FigureFiles.encodePng(content.image(), progress::done, progress::cancelled);
            } else {
                bytes = content.bytes();
            }
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            AtomicFiles.write(target, bytes);
            progress.done(1);
        };
    }
}
