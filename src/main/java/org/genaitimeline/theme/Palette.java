package org.genaitimeline.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.genaitimeline.catalog.Family;

/**
 * A theme's tokens as values for painters. The theme stylesheet is the one source of the
 * colours: the scene applies it to the controls, and this class reads the same
 * {@code .root} tokens, so the canvas and exports recolour with the theme and Java holds no
 * colour literals.
 */
public final class Palette {

    private static final Pattern TOKEN = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Map<Theme, Palette> CACHE = new EnumMap<>(Theme.class);

    private final Theme theme;
    private final Map<String, String> tokens;

    private Palette(Theme theme, Map<String, String> tokens) {
        this.theme = theme;
        this.tokens = Map.copyOf(tokens);
    }

    public static synchronized Palette of(Theme theme) {
        return CACHE.computeIfAbsent(theme, Palette::read);
    }

    private static Palette read(Theme theme) {
        String path = "/org/genaitimeline/theme/" + theme.id() + ".css";
        try (InputStream in = Palette.class.getResourceAsStream(path)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, String> tokens = new HashMap<>();
            Matcher m = TOKEN.matcher(css);
            while (m.find()) {
                tokens.put(m.group(1), m.group(2).trim());
            }
            return new Palette(theme, tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Theme theme() {
        return theme;
    }

    /** A colour token ({@code -color-fg-default}); magenta when missing, so it shows. */
    public Color color(String token) {
        String v = tokens.get(token);
        return v == null ? Color.MAGENTA : Color.web(v);
    }

    /** A number token ({@code -stroke-scale}); the fallback when missing. */
    public double number(String token, double fallback) {
        String v = tokens.get(token);
        return v == null ? fallback : Double.parseDouble(v);
    }

    /** The colour of a model type ({@code -family-gan}). */
    public Color family(Family family) {
        return color("-family-" + family.id());
    }

    public Color familyById(String familyId) {
        return color("-family-" + familyId);
    }

    public Color background() {
        return color("-color-bg-default");
    }

    public Color foreground() {
        return color("-color-fg-default");
    }

    public Color muted() {
        return color("-color-fg-muted");
    }

    public Color grid() {
        return color("-color-grid");
    }

    public Color accent() {
        return color("-color-selection");
    }

    /** Line widths multiply by this (2 in the projector theme). */
    public double strokeScale() {
        return number("-stroke-scale", 1);
    }

    /** Label sizes multiply by this (1.3 in the projector theme). */
    public double labelScale() {
        return number("-label-scale", 1);
    }

    /** The figure title's colour: {@code -color-title}, else the foreground. */
    public Color title() {
        return tokens.containsKey("-color-title") ? color("-color-title") : foreground();
    }

    /** Year lines: {@code -color-grid-strong}, drawn {@link #yearLineWidth()} strokes wide. */
    public Color gridStrong() {
        return color("-color-grid-strong");
    }

    /** How many strokes wide a year line is ({@code -grid-year-width}). */
    public double yearLineWidth() {
        return number("-grid-year-width", 2);
    }

    /** How many strokes wide a quarter or month line is ({@code -grid-minor-width}); 0 for none. */
    public double minorLineWidth() {
        return number("-grid-minor-width", 1);
    }

    /** Whether every model type is drawn as a circle ({@code -marker-shape: circle}, the Book theme). */
    public boolean circlesOnly() {
        return "circle".equals(tokens.get("-marker-shape"));
    }

    /** Whether the growth chart's points have an outline ({@code -point-outline: none} says not). */
    public boolean pointOutline() {
        return !"none".equals(tokens.get("-point-outline"));
    }

    /** The timeline's circles over their usual size for the text ({@code -marker-scale}; 1 but in Book). */
    public double markerScale() {
        return number("-marker-scale", 1);
    }

    /** The figure title's size factor over the frame's usual one ({@code -title-scale}). */
    public double titleScale() {
        return number("-title-scale", 1);
    }

    /**
     * This palette for a figure {@code height} pixels high: a theme whose sizes follow the figure
     * (the Book theme's {@code -figure-scale-timeline}, {@code -figure-scale-growth}) grows its
     * text and markers to that share of the height, never below its own label scale; any other
     * theme is returned as it is.
     *
     * @param figureId {@code timeline} or {@code growth}
     */
    public Palette forFigure(String figureId, double height) {
        double perPixel = number("-figure-scale-" + figureId, 0);
        double wanted = perPixel * height;
        return wanted > labelScale() ? scaled(wanted / labelScale()) : this;
    }

    /**
     * This palette with text, markers and lines {@code factor} times larger (presentation
     * mode): the label and stroke scales multiply, the colours stay. {@code 1} is this palette.
     */
    public Palette scaled(double factor) {
        if (factor == 1) {
            return this;
        }
        Map<String, String> t = new HashMap<>(tokens);
        t.put("-label-scale", Double.toString(labelScale() * factor));
        t.put("-stroke-scale", Double.toString(strokeScale() * factor));
        return new Palette(theme, t);
    }
}
