package org.genaitimeline.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.platform.FxPlatform;

/**
 * Renders a figure's paint routine to PNG (a canvas of width x height x scale pixels,
 * snapshotted) or SVG (the same routine on an {@link SvgSurface}). Starts the toolkit
 * headless when needed; writes atomically.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** Paints at logical size {@code width x height}, scaled, and returns the image. */
    public static WritableImage renderImage(double width, double height, double scale, Consumer<Surface> paint) {
        FxPlatform.ensureStarted();
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(Math.round(width * scale), Math.round(height * scale));
            paint.accept(new CanvasSurface(canvas, new FxTextMeasure(), scale));
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            return canvas.snapshot(params, null);
        });
    }

    /**
     * The figure as PNG bytes, drawn in tiles of at most {@link #TILE} pixels a side: one
     * canvas of 9600 x 6000 (1600 x 1000 at scale 6) failed inside the software pipeline,
     * which printed a trace and returned a blank snapshot that was then written as a fully
     * transparent PNG.
     *
     * @throws RenderFailure when the image came out blank or memory ran out (nothing written)
     */
    public static byte[] png(double width, double height, double scale, Consumer<Surface> paint) throws IOException {
        FxPlatform.ensureStarted();
        try {
            return encodePng(renderTiled(width, height, scale, paint, done -> { }, () -> false), done -> { },
                    () -> false);
        } catch (OutOfMemoryError e) {
            throw new RenderFailure(RenderFailure.Reason.OUT_OF_MEMORY);
        }
    }

    /**
     * Encodes a rendered image as PNG; safe off the FX thread (the image is not on screen),
     * which is where the window's export does it. The encoder reports each row it writes and
     * stops when asked to.
     *
     * @param progress receives the share done, 0 to 1
     * @param cancelled polled as rows are written
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static byte[] encodePng(WritableImage image, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        return encodePng(SwingFXUtils.fromFXImage(image, null), progress, cancelled);
    }

    /** The tile side for big images: well inside every pipeline's texture limit. */
    static final int TILE = 2048;

    /**
     * Paints a figure tile by tile, each tile one task on the FX thread, and assembles the
     * image on the calling thread, which must not be the FX thread: between two tiles the
     * window takes its events and paints. Stops when cancelled.
     *
     * @param progress receives the share of tiles done, 0 to 1
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static BufferedImage renderTiled(double width, double height, double scale, Consumer<Surface> paint,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int across = (w + TILE - 1) / TILE;
        int down = (h + TILE - 1) / TILE;
        for (int ty = 0; ty < down; ty++) {
            for (int tx = 0; tx < across; tx++) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                int x = tx * TILE;
                int y = ty * TILE;
                int tw = Math.min(TILE, w - x);
                int th = Math.min(TILE, h - y);
                int[] pixels = FxPlatform.call(() -> {
                    Canvas canvas = new Canvas(tw, th);
                    paint.accept(new CanvasSurface(canvas, new FxTextMeasure(), scale, width, height, x, y));
                    SnapshotParameters params = new SnapshotParameters();
                    params.setFill(Color.TRANSPARENT);
                    int[] argb = new int[tw * th];
                    canvas.snapshot(params, null).getPixelReader().getPixels(0, 0, tw, th,
                            javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, tw);
                    return argb;
                });
                image.setRGB(x, y, tw, th, pixels, 0, tw);
                progress.accept((ty * across + tx + 1) / (double) (across * down));
            }
        }
        return image;
    }

    /**
     * {@link #encodePng(WritableImage, DoubleConsumer, BooleanSupplier)} for an image already
     * in AWT form. An image without a single visible pixel is refused: every figure paints at
     * least its background or its text, so a blank one means the drawing failed.
     *
     * @throws RenderFailure when the image is blank
     */
    public static byte[] encodePng(BufferedImage buffered, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        if (!hasInk(buffered)) {
            throw new RenderFailure(RenderFailure.Reason.BLANK);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        boolean[] aborted = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.addIIOWriteProgressListener(new IIOWriteProgressListener() {
                @Override
                public void imageProgress(ImageWriter source, float percentageDone) {
                    progress.accept(percentageDone / 100);
                    if (cancelled.getAsBoolean()) {
                        source.abort();
                    }
                }

                @Override
                public void writeAborted(ImageWriter source) {
                    aborted[0] = true;
                }

                @Override
                public void imageStarted(ImageWriter source, int imageIndex) {
                }

                @Override
                public void imageComplete(ImageWriter source) {
                }

                @Override
                public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
                }

                @Override
                public void thumbnailProgress(ImageWriter source, float percentageDone) {
                }

                @Override
                public void thumbnailComplete(ImageWriter source) {
                }
            });
            writer.write(buffered);
        } finally {
            writer.dispose();
        }
        if (aborted[0] || cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        return out.toByteArray();
    }

    private static boolean hasInk(BufferedImage image) {
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int p : row) {
                if ((p >>> 24) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String svg(double width, double height, double scale, Consumer<Surface> paint) {
        FxPlatform.ensureStarted();
        return FxPlatform.call(() -> {
            SvgSurface svg = new SvgSurface(width, height, scale, new FxTextMeasure());
            paint.accept(svg);
            return svg.toSvg();
        });
    }

    /**
     * The logical size a file of the figure needs when {@code width x height} is asked, measured
     * with the real fonts (see {@link org.genaitimeline.figure.FigureRenderer#fittingSize}).
     */
    public static double[] fittingSize(org.genaitimeline.figure.FigureRenderer renderer,
            org.genaitimeline.figure.FigureRequest request, double width, double height) {
        FxPlatform.ensureStarted();
        return FxPlatform.call(() -> renderer.fittingSize(request, width, height, new FxTextMeasure()));
    }

    /** Writes PNG, or SVG when the file name ends in {@code .svg}. */
    public static void write(Path out, double width, double height, double scale, Consumer<Surface> paint)
            throws IOException {
        byte[] bytes = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
                ? svg(width, height, scale, paint).getBytes(StandardCharsets.UTF_8)
                : png(width, height, scale, paint);
        AtomicFiles.write(out, bytes);
    }
}
