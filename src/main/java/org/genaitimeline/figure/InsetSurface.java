package org.genaitimeline.figure;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A rectangle of another surface as a surface of its own: the painter sees (0, 0) at the
 * rectangle's corner and the rectangle's size. The export dialog paints a figure below its
 * title and above its caption this way, through the unchanged figure renderer.
 */
public final class InsetSurface implements Surface {

    private final Surface s;
    private final double dx;
    private final double dy;
    private final double width;
    private final double height;

    public InsetSurface(Surface surface, double x, double y, double width, double height) {
        this.s = surface;
        this.dx = x;
        this.dy = y;
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void setFill(Color color) {
        s.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        s.setStroke(color);
    }

    @Override
    public void setLineWidth(double w) {
        s.setLineWidth(w);
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.setLineDashes(dashes);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(double size, boolean bold) {
        s.setFont(size, bold);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        s.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        s.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        s.fillRect(x + dx, y + dy, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        s.strokeRect(x + dx, y + dy, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        s.fillRoundRect(x + dx, y + dy, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        s.strokeRoundRect(x + dx, y + dy, w, h, arc);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        s.fillCircle(cx + dx, cy + dy, r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        s.strokeCircle(cx + dx, cy + dy, r);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        s.strokeLine(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        s.strokePolyline(shift(xs, dx, n), shift(ys, dy, n), n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        s.fillPolygon(shift(xs, dx, n), shift(ys, dy, n), n);
    }

    @Override
    public void fillText(String text, double x, double y) {
        s.fillText(text, x + dx, y + dy);
    }

    @Override
    public void save() {
        s.save();
    }

    @Override
    public void restore() {
        s.restore();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        s.clipRect(x + dx, y + dy, w, h);
    }

    @Override
    public void beginGroup(String cssClass) {
        s.beginGroup(cssClass);
    }

    @Override
    public void endGroup() {
        s.endGroup();
    }

    @Override
    public TextMeasure measure() {
        return s.measure();
    }

    private static double[] shift(double[] v, double d, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v[i] + d;
        }
        return out;
    }
}
