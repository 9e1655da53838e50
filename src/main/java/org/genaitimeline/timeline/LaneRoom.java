package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How much room across each lane gets: in proportion to what it must hold in its densest
 * stretch, with a floor for sparse lanes. What a stretch must hold is the area of its labels
 * (each with its air) spread over the stretch's length along time: that is the depth of the
 * tiers it needs, the same measure for columns (vertical) and rows (horizontal).
 */
final class LaneRoom {

    /** A marker along time and its label's width. */
    record Mark(double along, double labelWidth) {
    }

    /** The stretch over which labels may share tiers: about as far as a label may move from its marker. */
    private static final double WINDOW_LINES = 14;
    /** Tiers are never packed solid: labels of different widths leave gaps. */
    private static final double PACKING = 4.0;
    /** How far across a label may lie from its marker, in lines: the longest leader (LaneLabels caps it at 8). */
    static final double REACH_LINES = 8;
    /**
     * The room a lane's labels can use, times this: labels of the lanes beside it use its spare
     * room too, and a marker fan wider than its crowd needs leaves leaders a way out. Measured:
     * with 1.0 the bundled catalog at 1280x800 hides 4 models vertically and 9 horizontally (not 2
     * and 2), and with 1.5 the Epoch excerpt of EpochExcerptLayoutTest at label scale 1.3 hides 4
     * and 5 (not 2 and 2); 2 hides what no cap did in both, and still takes the Other lane of the
     * whole Epoch sample from 1,124 px down to what its labels can reach.
     */
    private static final double USE_MARGIN = 2;

    private final boolean vertical;
    private final double lineH;
    private final double air;
    private final double marker;

    /**
     * @param marker a marker's diameter
     * @param air the space kept around a label
     */
    LaneRoom(boolean vertical, double lineH, double air, double marker) {
        this.vertical = vertical;
        this.lineH = lineH;
        this.air = air;
        this.marker = marker;
    }

    /** The lanes over {@code [base, base + across)}, given each lane's marks sorted along time. */
    List<Lane> lanes(List<String> ids, List<String> names, List<List<Mark>> marks, double base, double across) {
        double[] size = sizes(marks, across);
        List<Lane> out = new ArrayList<>(ids.size());
        double start = base;
        for (int i = 0; i < size.length; i++) {
            double end = i == size.length - 1 ? base + across : start + size[i];
            out.add(new Lane(ids.get(i), names.get(i), i, start, end, axis(start, end, widest(marks.get(i)))));
            start = end;
        }
        return out;
    }

    /**
     * Each lane's room across, summing to {@code across}: in proportion to what its densest
     * stretch asks (at least one tier, the floor for a sparse lane), but asking never more than
     * its labels can use ({@link #useful}). A lane with nothing in the visible range takes only
     * a marker's width, so an empty lane takes no room from full ones (a range of one era).
     */
    double[] sizes(List<List<Mark>> marks, double across) {
        int n = marks.size();
        double[] ask = new double[n];
        double asked = 0;
        double empty = 0;
        for (int i = 0; i < n; i++) {
            List<Mark> m = marks.get(i);
            double fan = fan(m);
            ask[i] = m.isEmpty() ? marker + 2 * air : Math.min(need(m, fan), useful(m, fan));
            if (m.isEmpty()) {
                empty += ask[i];
            } else {
                asked += ask[i];
            }
        }
        double[] out = new double[n];
        boolean allEmpty = asked == 0;
        double scaleEmpty = allEmpty ? across / empty : Math.min(1, across / 2 / empty);
        double left = across - (allEmpty ? across : empty * scaleEmpty);
        for (int i = 0; i < n; i++) {
            out[i] = marks.get(i).isEmpty() ? ask[i] * scaleEmpty : left * ask[i] / asked;
        }
        return out;
    }

    /** The room across a lane needs: its marker fan and the tiers of its densest stretch, at least one tier. */
    private double need(List<Mark> marks, double fan) {
        double window = WINDOW_LINES * lineH;
        double area = 0;
        double densest = 0;
        int from = 0;
        for (Mark m : marks) {
            area += labelArea(m);
            while (marks.get(from).along() < m.along() - window) {
                area -= labelArea(marks.get(from));
                from++;
            }
            densest = Math.max(densest, area);
        }
        return fan + 2 * air + Math.max(floor(marks), Math.max(2 * lineH, PACKING * densest / window));
    }

    /** One tier: a column as wide as the lane's widest label, or a row above and one below the markers. */
    private double floor(List<Mark> marks) {
        return vertical ? widest(marks) + 2 * air : 2 * (lineH + air);
    }

    /**
     * The most room across a lane's labels can use: a label sits at most a leader's reach
     * ({@link #REACH_LINES}) from its marker, on either side of the fan; in a column it runs on
     * by its width (a typical one of the lane). Room past that would stay empty while the
     * lanes beside it hide their labels in badges.
     */
    private double useful(List<Mark> marks, double fan) {
        double reach = REACH_LINES * lineH;
        double beyond = vertical ? reach + typical(marks) + air : reach + lineH + air;
        return USE_MARGIN * (fan + 2 * air + 2 * beyond);
    }

    /** The lane's median label width. */
    private static double typical(List<Mark> marks) {
        double[] w = marks.stream().mapToDouble(Mark::labelWidth).sorted().toArray();
        return w.length == 0 ? 0 : w[w.length / 2];
    }

    /**
     * How deep the lane's widest fan of markers is ({@link MarkerFan}: markers within three
     * markers along time of each other take slots side by side): the markers the lane must hold
     * across before any label. A lane as thin as one marker would overprint its fan.
     */
    private double fan(List<Mark> marks) {
        double slot = marker + 1;
        int most = 1;
        int from = 0;
        for (int i = 0; i < marks.size(); i++) {
            while (marks.get(from).along() <= marks.get(i).along() - MarkerFan.APART * slot) {
                from++;
            }
            most = Math.max(most, i - from + 1);
        }
        return Math.min(most, MarkerFan.MAX_SLOTS * 2 + 1) * slot;
    }

    private double labelArea(Mark m) {
        return (m.labelWidth() + air) * (lineH + air);
    }

    private static double widest(List<Mark> marks) {
        return marks.stream().mapToDouble(Mark::labelWidth).max().orElse(0);
    }

    /**
     * Where the markers sit across: centred in a row, with tiers above and below; in a column a
     * third of the way in, so the labels read rightwards from their markers, moved left when the
     * lane's widest label would not fit on the right.
     */
    private double axis(double start, double end, double widest) {
        double size = end - start;
        if (!vertical) {
            return start + size / 2;
        }
        double roomForWidest = size - marker / 2 - 2 * air - widest;
        return start + Math.max(marker / 2 + air, Math.min(size * 0.35, roomForWidest));
    }
}
