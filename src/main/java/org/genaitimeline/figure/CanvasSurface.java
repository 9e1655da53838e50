package org.genaitimeline.figure;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/** A {@link Surface} over a JavaFX canvas (on screen, and snapshotted for PNG export). */
public final class CanvasSurface implements Surface {

    private final Canvas canvas;
    private final GraphicsContext g;
    private final TextMeasure measure;
    private final double scale;
    /** The logical size of the whole figure; larger than the canvas when the canvas is one tile of it. */
    private final double fullWidth;
    private final double fullHeight;
    /** The size an {@link #inset} reports, null for the whole canvas; saved with the paint state. */
    private double[] insetSize;
    private final Deque<double[]> savedSizes = new ArrayDeque<>();

    /** A surface as large as the canvas. */
    public CanvasSurface(Canvas canvas, TextMeasure measure) {
        this(canvas, measure, 1);
    }

    /**
     * A surface whose logical size is the canvas size divided by {@code scale}; the graphics
     * context is scaled so painters work in logical pixels (PNG export at 2x, 4x).
     */
    public CanvasSurface(Canvas canvas, TextMeasure measure, double scale) {
        this(canvas, measure, scale, canvas.getWidth() / scale, canvas.getHeight() / scale, 0, 0);
    }

    /**
     * One tile of a larger figure (a big PNG export is painted tile by tile, so the FX thread
     * is never held for the whole image): painters see the whole figure's logical size, and
     * the canvas shows the part whose top left corner is at image pixel (x, y).
     */
    public CanvasSurface(Canvas canvas, TextMeasure measure, double scale, double fullWidth, double fullHeight,
            double x, double y) {
        this.canvas = canvas;
        this.g = canvas.getGraphicsContext2D();
        this.measure = measure;
        this.scale = scale;
        this.fullWidth = fullWidth;
        this.fullHeight = fullHeight;
        if (x != 0 || y != 0) {
            g.translate(-x, -y);
        }
        if (scale != 1) {
            g.scale(scale, scale);
        }
    }

    @Override
    public double width() {
        return insetSize == null ? fullWidth : insetSize[0];
    }

    @Override
    public double height() {
        return insetSize == null ? fullHeight : insetSize[1];
    }

    @Override
    public void setFill(Color color) {
        g.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        g.setStroke(color);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(double size, boolean bold) {
        g.setFont(FontStack.font(size, bold));
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        g.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        g.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    /**
     * Stamps a pre-rendered image of the marker ({@link MarkerStamps}), its corner on a whole
     * device pixel (at most half a pixel off, and the image copied without resampling).
     */
    @Override
    public void marker(MarkerShape shape, double x, double y, double r, Color fill, Color stroke,
            double lineWidth, double alpha) {
        stamp(shape, x, y, r, fill, stroke, lineWidth, alpha, null);
    }

    /** Stamps the part of the marker's image inside the rectangle: a crop, not a clip. */
    @Override
    public void marker(MarkerShape shape, double x, double y, double r, Color fill, Color stroke,
            double lineWidth, double alpha, Box within) {
        stamp(shape, x, y, r, fill, stroke, lineWidth, alpha, within);
    }

    private void stamp(MarkerShape shape, double x, double y, double r, Color fill, Color stroke,
            double lineWidth, double alpha, Box within) {
        Affine t = g.getTransform();
        double sx = t.getMxx();
        double sy = t.getMyy();
        MarkerStamps.Stamp stamp = MarkerStamps.of(new MarkerStamps.Key(shape, fill, stroke, r, lineWidth, alpha,
                sx));
        double size = stamp.image().getWidth();
        // In device pixels: the stamp's corner, and the part of it to copy.
        double left = Math.round(sx * x + t.getTx() - stamp.centre());
        double top = Math.round(sy * y + t.getTy() - stamp.centre());
        double x0 = 0;
        double y0 = 0;
        double x1 = size;
        double y1 = size;
        if (within != null) {
            x0 = Math.max(0, Math.round(sx * within.x() + t.getTx()) - left);
            y0 = Math.max(0, Math.round(sy * within.y() + t.getTy()) - top);
            x1 = Math.min(size, Math.round(sx * within.maxX() + t.getTx()) - left);
            y1 = Math.min(size, Math.round(sy * within.maxY() + t.getTy()) - top);
            if (x1 <= x0 || y1 <= y0) {
                return;
            }
        }
        g.drawImage(stamp.image(), x0, y0, x1 - x0, y1 - y0, (left + x0 - t.getTx()) / sx,
                (top + y0 - t.getTy()) / sy, (x1 - x0) / sx, (y1 - y0) / sy);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void save() {
        g.save();
        // ArrayDeque takes no nulls: the whole canvas is saved as an empty array.
        savedSizes.push(insetSize == null ? new double[0] : insetSize);
    }

    @Override
    public void restore() {
        g.restore();
        if (!savedSizes.isEmpty()) {
            double[] size = savedSizes.pop();
            insetSize = size.length == 0 ? null : size;
        }
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void inset(double x, double y, double w, double h) {
        g.translate(x, y);
        insetSize = new double[] {w, h};
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }
}
