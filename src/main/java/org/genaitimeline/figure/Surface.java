package org.genaitimeline.figure;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * What the charts paint on: a canvas on screen and in PNG export, an SVG document in SVG
 * export. One paint routine serves both, so the screen and the file always agree (see
 * docs/decisions/0002-export-route.md). Coordinates are in logical pixels; the surface
 * applies any output scale.
 */
public interface Surface {

    /** The logical width painted on: the whole surface, or the rectangle of an {@link #inset}. */
    double width();

    double height();

    void setFill(Color color);

    void setStroke(Color color);

    void setLineWidth(double width);

    /** Dash pattern in pixels; no arguments for a solid line. */
    void setLineDashes(double... dashes);

    void setGlobalAlpha(double alpha);

    void setFont(double size, boolean bold);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillCircle(double cx, double cy, double r);

    void strokeCircle(double cx, double cy, double r);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokePolyline(double[] xs, double[] ys, int n);

    void fillPolygon(double[] xs, double[] ys, int n);

    void fillText(String text, double x, double y);

    /**
     * A marker filled and outlined at an opacity, the growth chart's points. The default
     * paints the shape (the SVG keeps real shapes); a canvas stamps a pre-rendered image of it.
     * Leaves the opacity at 1; the fill, stroke and line width are unspecified afterwards.
     *
     * @param stroke the outline's colour, or null for none
     */
    default void marker(MarkerShape shape, double x, double y, double r, Color fill, Color stroke,
            double lineWidth, double alpha) {
        setGlobalAlpha(alpha);
        setFill(fill);
        shape.fill(this, x, y, r);
        if (stroke != null) {
            setStroke(stroke);
            setLineWidth(lineWidth);
            shape.stroke(this, x, y, r);
        }
        setGlobalAlpha(1);
    }

    /**
     * A {@link #marker} cut to a rectangle: a point half past the edge of a plot. The default
     * clips; a canvas crops the stamped image instead, as a clip would make the software
     * renderer composite through a mask.
     */
    default void marker(MarkerShape shape, double x, double y, double r, Color fill, Color stroke,
            double lineWidth, double alpha, Box within) {
        save();
        clipRect(within.x(), within.y(), within.w(), within.h());
        marker(shape, x, y, r, fill, stroke, lineWidth, alpha);
        restore();
    }

    /** Saves the paint state (colours, widths, alpha, font, clip, origin and inset size). */
    void save();

    void restore();

    /** Clips further painting to a rectangle until {@link #restore()}. */
    void clipRect(double x, double y, double w, double h);

    /** Moves the origin by (dx, dy): later coordinates are relative to it, until {@link #restore()}. */
    void translate(double dx, double dy);

    /**
     * Paints into a rectangle as if it were the whole surface, until {@link #restore()}: the
     * origin moves to its corner and {@link #width()}/{@link #height()} report its size. The
     * export dialog paints a figure between its title and caption this way, through the
     * unchanged renderer.
     */
    void inset(double x, double y, double w, double h);

    /** Starts a named group (an SVG {@code <g class>}, nothing on a canvas); nests. */
    default void beginGroup(String cssClass) {
    }

    /**
     * Starts the group of one model (an SVG {@code <g data-id>} with a {@code <title>} of its
     * name, nothing on a canvas), so a slide editor moves its marker, label and leader as one
     * piece; close it with {@link #endGroup()}.
     */
    default void beginModelGroup(String id, String title) {
    }

    /** Starts the group of a "+N" badge naming its members' ids; close it with {@link #endGroup()}. */
    default void beginBadgeGroup(java.util.List<String> memberIds, String title) {
    }

    /**
     * Starts the group of one link between two models (an SVG {@code <g data-edge="from>to">} with a
     * {@code <title>}, nothing on a canvas), as the lineage figure draws them; close it with
     * {@link #endGroup()}.
     */
    default void beginEdgeGroup(String fromId, String toId, String title) {
    }

    default void endGroup() {
    }

    /** The measure that matches this surface's fonts. */
    TextMeasure measure();
}
