package org.genaitimeline.files;

/**
 * The largest raster image an export may ask for. PNG exports paint on a Canvas and snapshot
 * it through the software pipeline, which keeps the whole image in single Java arrays and
 * buffers of 4 bytes a pixel (int sized: past 2^31 bytes the size wraps, and the export died
 * with "capacity < 0"), and the hardware pipelines cap a texture side at 16384. Several
 * copies are alive at once (canvas, snapshot, AWT image for the PNG encoder), so the total
 * is kept well below the array limit too. SVG is not rasterised and has no such limit.
 */
public final class PixelBudget {

    /** The most pixels one side of the image may have (the usual maximum texture size). */
    public static final int MAX_SIDE = 16_384;
    /** The most pixels in all (2^27, 512 MB a copy at 4 bytes a pixel). */
    public static final long MAX_PIXELS = 134_217_728L;

    private PixelBudget() {
    }

    /**
     * Bytes of heap one pixel of an export needs: the whole image (4), the PNG encoder's
     * output (up to about 4 for a detailed figure) and room for everything else the app holds.
     */
    static final long BYTES_PER_PIXEL = 12;

    /** Whether a figure of logical size {@code width x height} drawn at {@code scale} fits. */
    public static boolean fits(double width, double height, double scale) {
        double w = Math.rint(width * scale);
        double h = Math.rint(height * scale);
        return w <= MAX_SIDE && h <= MAX_SIDE && w * h <= maxPixels();
    }

    /**
     * The most pixels an export may have in this JVM: {@link #MAX_PIXELS}, or fewer when the
     * heap ({@code -Xmx}) would not hold them, so that a big export is refused with a size
     * that fits instead of failing half-way with an OutOfMemoryError.
     */
    public static long maxPixels() {
        return Math.min(MAX_PIXELS, Runtime.getRuntime().maxMemory() / BYTES_PER_PIXEL);
    }

    /** {@link #maxPixels} in millions, rounded down, for messages. */
    public static long maxMegapixels() {
        return maxPixels() / 1_000_000;
    }

    /** The largest image of the same shape as {@code width x height} pixels that fits: {@code {w, h}}. */
    public static long[] largestFitting(double width, double height) {
        double shrink = Math.min(1, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        shrink = Math.min(shrink, Math.sqrt(maxPixels() / (width * height)));
        return new long[] {(long) Math.floor(width * shrink), (long) Math.floor(height * shrink)};
    }
}
