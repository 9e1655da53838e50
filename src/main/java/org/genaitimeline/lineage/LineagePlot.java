package org.genaitimeline.lineage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.TimeScale;

/**
 * Where everything of the lineage figure goes: the output of {@link LineageLayout}, painted by
 * {@link LineagePainter} on screen, in PNG and in SVG. Pure data; hit tests are arithmetic on it.
 *
 * @param width the figure's width: the width asked for, or more when the graph needs it
 *     ({@link #fit()} says which)
 * @param height the figure's height, likewise
 * @param fit whether the graph fitted as asked, with smaller type, or extends past the size
 * @param typeScale the text size used over the theme's own: 1 or more when it {@link Fit#FITS},
 *     less for {@link Fit#SMALLER_TYPE} and {@link Fit#EXTENDED}
 * @param fontSize the labels' size in pixels
 * @param nodes the models placed, chronological
 * @param edges the links routed, parent first
 * @param bands the family bands, top to bottom
 * @param ticks the time axis labels, left to right
 * @param plot the area of bands and links (the axis sits below it)
 * @param time the time axis: fractional years to x
 * @param centre the model at the centre, if it is shown
 */
public record LineagePlot(double width, double height, Fit fit, double typeScale, double fontSize,
        List<Node> nodes, List<Edge> edges, List<Band> bands, List<Tick> ticks, Box plot, TimeScale time,
        Optional<String> centre) {

    /** How the graph met the size asked for. */
    public enum Fit {
        /** At the theme's text size (or larger, for a small family), inside the size asked. */
        FITS,
        /** Inside the size asked, with the text scaled down (never below {@link LineageLayout#MIN_TYPE_SCALE}). */
        SMALLER_TYPE,
        /** At the smallest text the graph still needs more room: the figure is larger than asked (scroll). */
        EXTENDED
    }

    /**
     * A placed model: its marker and label, as one box nothing else overlaps.
     *
     * @param model the model
     * @param familyId its band (also the colour token and marker shape)
     * @param box marker and label together; no other node's box and no link it is not an end of
     *     enters it
     * @param cx the marker's centre
     * @param cy the marker's centre
     * @param r the marker's radius
     * @param label where the name goes (text vertically centred in it)
     * @param text the name in the plot's language
     * @param centre whether it is the model at the centre (drawn emphasised)
     * @param onPath whether it lies on a highlighted route
     * @param dimmed drawn faded
     */
    public record Node(Model model, String familyId, Box box, double cx, double cy, double r, Box label,
            String text, boolean centre, boolean onPath, boolean dimmed) {
        public String id() {
            return model.id();
        }
    }

    /**
     * A routed link: an axis-parallel polyline from the parent's marker to the child's.
     *
     * @param from the parent's id
     * @param to the child's id
     * @param xs the corner x coordinates, from the parent to the child
     * @param ys the corner y coordinates
     * @param onPath whether it lies on a highlighted route
     */
    public record Edge(String from, String to, double[] xs, double[] ys, boolean onPath) {
        public Edge {
            if (xs.length != ys.length || xs.length < 2) {
                throw new IllegalArgumentException("a link needs two corners or more");
            }
            xs = xs.clone();
            ys = ys.clone();
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }

        public int corners() {
            return xs.length;
        }

        public double x(int i) {
            return xs[i];
        }

        public double y(int i) {
            return ys[i];
        }

        /** {@code from>to}, the SVG's {@code data-edge}. */
        public String key() {
            return from + ">" + to;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Edge e && e.from.equals(from) && e.to.equals(to) && e.onPath == onPath
                    && Arrays.equals(e.xs, xs) && Arrays.equals(e.ys, ys);
        }

        @Override
        public int hashCode() {
            return 31 * key().hashCode() + Arrays.hashCode(ys);
        }

        @Override
        public String toString() {
            return "Edge[" + key() + ", " + xs.length + " corners]";
        }
    }

    /**
     * A family's band across the plot.
     *
     * @param familyId the family ({@code gan})
     * @param label its name in the plot's language
     * @param box the band
     * @param labelBox where its name goes, at the band's top left
     */
    public record Band(String familyId, String label, Box box, Box labelBox) {
    }

    /**
     * A label of the time axis.
     *
     * @param x where its year starts on the axis
     * @param text the year
     * @param box where the text goes (centred in it)
     */
    public record Tick(double x, String text, Box box) {
    }

    public LineagePlot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        bands = List.copyOf(bands);
        ticks = List.copyOf(ticks);
    }

    /** The node of a model, if it is shown. */
    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The node whose box holds the point (the topmost when boxes touch), if any. */
    public Optional<Node> nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).box().contains(x, y)) {
                return Optional.of(nodes.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether nothing is shown (no centre, or it is unknown). */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
