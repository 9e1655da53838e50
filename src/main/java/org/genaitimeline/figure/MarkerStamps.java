package org.genaitimeline.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Pre-rendered marker images for {@link CanvasSurface#marker}: one small image per shape,
 * colours, radius, line width, opacity and device scale, drawn once (on a scratch canvas,
 * snapshotted) and then stamped with {@code drawImage}. The software renderer fills and
 * strokes a polygon through its full path pipeline; copying a few hundred pixels is many
 * times cheaper, which is what makes 10,000 points paint in a few milliseconds. FX thread only.
 */
final class MarkerStamps {

    /** What a stamp looks like; {@code stroke} null for no outline. */
    record Key(MarkerShape shape, Color fill, Color stroke, double radius, double lineWidth, double alpha,
            double scale) {
    }

    /**
     * A stamp: the image (in device pixels) and the distance, in device pixels, from its
     * top-left corner to the marker's centre.
     */
    record Stamp(WritableImage image, double centre) {
    }

    /** Few charts use more than a dozen kinds of point at once; a theme or size change makes new ones. */
    private static final int CAPACITY = 128;

    private static final Map<Key, Stamp> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Stamp> eldest) {
            return size() > CAPACITY;
        }
    };

    private MarkerStamps() {
    }

    static Stamp of(Key key) {
        return CACHE.computeIfAbsent(key, MarkerStamps::render);
    }

    private static Stamp render(Key k) {
        // The triangles reach 1.55 r from the centre; a pixel more for the outline and antialiasing.
        double reach = k.radius() * 1.6 + (k.stroke() == null ? 0 : k.lineWidth()) + 1;
        int size = Math.max(2, (int) Math.ceil(2 * reach * k.scale()));
        Canvas canvas = new Canvas(size, size);
        CanvasSurface s = new CanvasSurface(canvas, TextMeasure.approximate(), k.scale());
        double c = size / 2.0 / k.scale();
        s.setFill(k.fill());
        k.shape().fill(s, c, c, k.radius());
        if (k.stroke() != null) {
            s.setStroke(k.stroke());
            s.setLineWidth(k.lineWidth());
            k.shape().stroke(s, c, c, k.radius());
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(params, null);
        if (k.alpha() < 1) {
            fade(image, k.alpha());
        }
        return new Stamp(image, size / 2.0);
    }

    /** The whole marker at an opacity (fill and outline together, not each on its own). */
    private static void fade(WritableImage image, double alpha) {
        PixelReader r = image.getPixelReader();
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                int a = (int) Math.round((argb >>> 24) * alpha);
                w.setArgb(x, y, (a << 24) | (argb & 0xFFFFFF));
            }
        }
    }
}
