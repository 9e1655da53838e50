package org.genaitimeline.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
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
     * The figure as PNG bytes. Drawn in tiles of at most {@link #TILE} pixels a side: one
     * canvas of 9600 x 6000 (1600 x 1000 at scale 6) failed inside the software pipeline,
     * which printed a trace and returned a blank snapshot that was then written as a fully
     * transparent PNG. Each tile paints the whole figure translated, so every tile agrees.
     *
     * @throws RenderFailure when the image came out blank or memory ran out (nothing written)
     */
    public static byte[] png(double width, double height, double scale, Consumer<Surface> paint) throws IOException {
        try {
            boolean[] anyInk = {false};
            BufferedImage image = renderTiled(width, height, scale, paint, anyInk);
            if (!anyInk[0]) {
                throw new RenderFailure(RenderFailure.Reason.BLANK);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (OutOfMemoryError e) {
            throw new RenderFailure(RenderFailure.Reason.OUT_OF_MEMORY);
        }
    }

    /** The largest canvas one tile uses; well under the 16384 texture limit and the software pipeline's trouble. */
    static final int TILE = 4096;

    /** Draws the image tile by tile; {@code anyInk[0]} tells whether any pixel has opacity. */
    static BufferedImage renderTiled(double width, double height, double scale, Consumer<Surface> paint,
            boolean[] anyInk) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        FxPlatform.ensureStarted();
        for (int y = 0; y < h; y += TILE) {
            for (int x = 0; x < w; x += TILE) {
                int tw = Math.min(TILE, w - x);
                int th = Math.min(TILE, h - y);
                int tx = x;
                int ty = y;
                WritableImage tile = FxPlatform.call(() -> {
                    Canvas canvas = new Canvas(tw, th);
                    paint.accept(new CanvasSurface(canvas, new FxTextMeasure(), scale, width, height, tx, ty));
                    SnapshotParameters params = new SnapshotParameters();
                    params.setFill(Color.TRANSPARENT);
                    return canvas.snapshot(params, null);
                });
                int[] row = new int[tw * th];
                tile.getPixelReader().getPixels(0, 0, tw, th, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                        row, 0, tw);
                image.setRGB(x, y, tw, th, row, 0, tw);
                anyInk[0] |= hasInk(row);
            }
        }
        return image;
    }

    /** Whether any pixel has opacity: every figure paints at least its background or its text. */
    private static boolean hasInk(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 0) {
                return true;
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

    /** Writes PNG, or SVG when the file name ends in {@code .svg}. */
    public static void write(Path out, double width, double height, double scale, Consumer<Surface> paint)
            throws IOException {
        byte[] bytes = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
                ? svg(width, height, scale, paint).getBytes(StandardCharsets.UTF_8)
                : png(width, height, scale, paint);
        AtomicFiles.write(out, bytes);
    }
}
