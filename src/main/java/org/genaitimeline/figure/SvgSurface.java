package org.genaitimeline.figure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} that writes an SVG document: real {@code <text>} elements (searchable,
 * editable in slides), shapes with fill and stroke attributes. The logical size is the
 * viewBox; the document's width and height are that times the scale.
 */
public final class SvgSurface implements Surface {

    private record State(Color fill, Color stroke, double lineWidth, double[] dashes, double alpha, double fontSize,
            boolean bold, TextAlignment align, VPos baseline, String clipId, int openGroups, Frame frame) {
    }

    /**
     * The origin (in document coordinates) and the size painters see. Translation offsets the
     * coordinates written rather than opening a transformed group, so clip paths defined before a
     * translate keep meaning the same place.
     */
    private record Frame(double dx, double dy, double width, double height) {
    }

    private final double width;
    private final double height;
    private final double scale;
    private final TextMeasure measure;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final Deque<State> stack = new ArrayDeque<>();
    private int clipCount;
    private State s;

    public SvgSurface(double width, double height, double scale, TextMeasure measure) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.measure = measure;
        this.s = new State(Color.BLACK, Color.BLACK, 1, new double[0], 1, 12, false, TextAlignment.LEFT,
                VPos.BASELINE, null, 0, new Frame(0, 0, width, height));
    }

    @Override
    public double width() {
        return s.frame.width;
    }

    @Override
    public double height() {
        return s.frame.height;
    }

    @Override
    public void setFill(Color color) {
        s = new State(color, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline,
                s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void setStroke(Color color) {
        s = new State(s.fill, color, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline,
                s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void setLineWidth(double w) {
        s = new State(s.fill, s.stroke, w, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline, s.clipId,
                s.openGroups, s.frame);
    }

    @Override
    public void setLineDashes(double... dashes) {
        s = new State(s.fill, s.stroke, s.lineWidth, dashes.clone(), s.alpha, s.fontSize, s.bold, s.align,
                s.baseline, s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, alpha, s.fontSize, s.bold, s.align, s.baseline,
                s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void setFont(double size, boolean bold) {
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, size, bold, s.align, s.baseline, s.clipId,
                s.openGroups, s.frame);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, align, s.baseline,
                s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, baseline,
                s.clipId, s.openGroups, s.frame);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        shape("rect", fillAttrs(), "x", x(x), "y", y(y), "width", w, "height", h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        shape("rect", strokeAttrs(), "x", x(x), "y", y(y), "width", w, "height", h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        shape("rect", fillAttrs(), "x", x(x), "y", y(y), "width", w, "height", h, "rx", arc / 2, "ry", arc / 2);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        shape("rect", strokeAttrs(), "x", x(x), "y", y(y), "width", w, "height", h, "rx", arc / 2, "ry", arc / 2);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        shape("circle", fillAttrs(), "cx", x(cx), "cy", y(cy), "r", r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        shape("circle", strokeAttrs(), "cx", x(cx), "cy", y(cy), "r", r);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shape("line", strokeAttrs(), "x1", x(x1), "y1", y(y1), "x2", x(x2), "y2", y(y2));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        body.append("<polyline points=\"").append(points(xs, ys, n)).append('"').append(strokeAttrs())
                .append(clipAttr()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        body.append("<polygon points=\"").append(points(xs, ys, n)).append('"').append(fillAttrs())
                .append(clipAttr()).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        String anchor = switch (s.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        // The y of every text is its alphabetic baseline, shifted here as the canvas shifts it
        // for TOP, CENTER and BOTTOM: dominant-baseline would say the same in fewer words, but
        // librsvg and several slide editors ignore it and draw such labels half a line high.
        double baselineY = y(y) + s.fontSize * TextBaselines.emOffset(s.baseline);
        body.append("<text x=\"").append(num(x(x))).append("\" y=\"").append(num(baselineY))
                .append("\" font-size=\"").append(num(s.fontSize)).append('"')
                .append(s.bold ? " font-weight=\"bold\"" : "")
                .append(" text-anchor=\"").append(anchor)
                .append('"').append(fillAttrs()).append(clipAttr()).append('>').append(escape(text))
                .append("</text>\n");
    }

    @Override
    public void save() {
        stack.push(s);
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline,
                s.clipId, 0, s.frame);
    }

    @Override
    public void restore() {
        for (int i = 0; i < s.openGroups; i++) {
            body.append("</g>\n");
        }
        if (!stack.isEmpty()) {
            s = stack.pop();
        }
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x(x))).append("\" y=\"")
                .append(num(y(y))).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n");
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline,
                id, s.openGroups, s.frame);
    }

    @Override
    public void translate(double dx, double dy) {
        frame(new Frame(s.frame.dx + dx, s.frame.dy + dy, s.frame.width, s.frame.height));
    }

    @Override
    public void inset(double x, double y, double w, double h) {
        frame(new Frame(s.frame.dx + x, s.frame.dy + y, w, h));
    }

    private void frame(Frame f) {
        s = new State(s.fill, s.stroke, s.lineWidth, s.dashes, s.alpha, s.fontSize, s.bold, s.align, s.baseline,
                s.clipId, s.openGroups, f);
    }

    /** A painter's x in document coordinates. */
    private double x(double x) {
        return x + s.frame.dx;
    }

    private double y(double y) {
        return y + s.frame.dy;
    }

    @Override
    public void beginGroup(String cssClass) {
        body.append("<g class=\"").append(escape(cssClass)).append("\">\n");
    }

    @Override
    public void beginModelGroup(String id, String title) {
        body.append("<g data-id=\"").append(escape(id)).append("\"><title>").append(escape(title))
                .append("</title>\n");
    }

    @Override
    public void beginEdgeGroup(String fromId, String toId, String title) {
        body.append("<g class=\"edge\" data-edge=\"").append(escape(fromId + ">" + toId)).append("\"><title>")
                .append(escape(title)).append("</title>\n");
    }

    @Override
    public void beginBadgeGroup(java.util.List<String> memberIds, String title) {
        body.append("<g class=\"badge\" data-members=\"").append(escape(String.join(" ", memberIds)))
                .append("\"><title>").append(escape(title)).append("</title>\n");
    }

    @Override
    public void endGroup() {
        body.append("</g>\n");
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }

    /** The finished document. */
    public String toSvg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width * scale) + "\" height=\""
                + num(height * scale) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\""
                + escape(FontStack.cssFamilyList()) + "\">\n"
                + (defs.length() > 0 ? "<defs>\n" + defs + "</defs>\n" : "")
                + body + "</svg>\n";
    }

    private void shape(String tag, String paint, Object... attrs) {
        body.append('<').append(tag);
        for (int i = 0; i < attrs.length; i += 2) {
            body.append(' ').append(attrs[i]).append("=\"").append(num((Double) attrs[i + 1])).append('"');
        }
        body.append(paint).append(clipAttr()).append("/>\n");
    }

    private String fillAttrs() {
        return " fill=\"" + hex(s.fill) + "\"" + opacity(s.fill.getOpacity() * s.alpha, "fill-opacity");
    }

    private String strokeAttrs() {
        StringBuilder a = new StringBuilder(" fill=\"none\" stroke=\"").append(hex(s.stroke)).append("\" stroke-width=\"")
                .append(num(s.lineWidth)).append('"').append(opacity(s.stroke.getOpacity() * s.alpha, "stroke-opacity"));
        if (s.dashes.length > 0) {
            a.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes.length; i++) {
                a.append(i == 0 ? "" : " ").append(num(s.dashes[i]));
            }
            a.append('"');
        }
        return a.toString();
    }

    private String clipAttr() {
        return s.clipId == null ? "" : " clip-path=\"url(#" + s.clipId + ")\"";
    }

    private static String opacity(double o, String attr) {
        return o >= 0.999 ? "" : " " + attr + "=\"" + num(o) + "\"";
    }

    private String points(double[] xs, double[] ys, int n) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            p.append(i == 0 ? "" : " ").append(num(x(xs[i]))).append(',').append(num(y(ys[i])));
        }
        return p.toString();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Text as XML character data or an attribute value. A character XML 1.0 forbids even as
     * an escape (a control character, half a surrogate pair, U+FFFE) would make the whole file
     * unreadable to every SVG viewer, so it becomes U+FFFD, the replacement character; so do
     * DEL and the C1 controls, which XML allows but discourages and no label means.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(isXmlChar(c) ? c : '\uFFFD');
            }
        });
        return out.toString();
    }

    /** XML 1.0's Char production less its discouraged controls; {@code codePoints()} yields a lone surrogate as itself. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
