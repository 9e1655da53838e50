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
        double[] need = new double[ids.size()];
        double total = 0;
        for (int i = 0; i < need.length; i++) {
            need[i] = need(marks.get(i));
            total += need[i];
        }
        List<Lane> out = new ArrayList<>(ids.size());
        double start = base;
        for (int i = 0; i < need.length; i++) {
            double end = i == need.length - 1 ? base + across : start + across * need[i] / total;
            out.add(new Lane(ids.get(i), names.get(i), i, start, end, axis(start, end, widest(marks.get(i)))));
            start = end;
        }
        return out;
    }

    /** The room across a lane needs: its marker and the tiers of its densest stretch, at least one tier. */
    private double need(List<Mark> marks) {
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
        double floor = vertical ? widest(marks) + 2 * air : 2 * (lineH + air);
        return fan(marks) + 2 * air + Math.max(floor, Math.max(2 * lineH, PACKING * densest / window));
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
