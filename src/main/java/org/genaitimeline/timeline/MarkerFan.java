package org.genaitimeline.timeline;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fans out markers that would crowd: a marker whose date lies within three markers of an
 * earlier one in the same lane moves across, to the nearest free slot beside its lane's axis
 * (one slot after it, one before, two after, ...), so every model keeps a visible marker of its
 * own at its exact date. A marker that finds no slot where it would touch no other (a crowd the
 * lane cannot hold across, such as the compressed foundations of a large import) is not placed:
 * it is <em>folded</em> into a badge of the crowd ({@link #FOLDED}), never drawn over another.
 * Feed one lane's markers in time order.
 */
final class MarkerFan {

    /** Beyond this many slots a crowd overprints: the lane has no more room across. */
    static final int MAX_SLOTS = 12;
    /** How many markers apart along time two markers must be to share a slot. */
    static final double APART = 3;
    /** A lane at least this many markers across folds what it cannot fan out; a thinner one overprints. */
    static final double FOLDING_LANE = 3;
    /** What {@link #place} gives for a marker that would overprint another: it is folded into a badge. */
    static final double FOLDED = Double.NaN;

    private record Placed(double along, double across) {
    }

    private final Lane lane;
    private final double diameter;
    /**
     * Nearer than this along time two markers share no slot. Not only the same date: markers a
     * month apart that half overlap would close a blob whose inner markers have no way out for a
     * leader; three markers apart, each keeps its own line along time free for a label or leader.
     */
    private final double apart;
    private final Deque<Placed> recent = new ArrayDeque<>();
    /** How many recent markers the slot last measured by {@link #room} holds. */
    private int touching;

    /** Whether the lane is wide enough to fold a crowd rather than overprint it ({@link #FOLDING_LANE}). */
    private final boolean canFold;

    /** Whether every other slot is tried first (see {@link #place}). */
    private final boolean airy;

    /**
     * @param diameter a marker's size plus the air between two
     * @param airy whether slots a marker's width apart are tried before the ones between them
     */
    MarkerFan(Lane lane, double diameter, boolean airy) {
        this.lane = lane;
        this.airy = airy;
        this.diameter = diameter;
        this.apart = diameter * APART;
        this.canFold = lane.size() >= FOLDING_LANE * diameter;
    }

    /**
     * The across pixel for the next marker, at {@code along} (not before the previous one's), or
     * {@link #FOLDED} (test with {@link Double#isNaN}) when every slot would put it over another.
     */
    double place(double along) {
        while (!recent.isEmpty() && recent.peekFirst().along() <= along - apart) {
            recent.removeFirst();
        }
        double chosen = lane.axis();
        // An airy fan tries every other slot first (0, +2, -2, ...), a marker's width apart, which leaves a gap
        // between fanned markers for leaders to leave by and the eye to tell them apart; in a
        // crowd, the slots between them. When every slot has a marker within three markers along
        // time, the slot whose nearest marker is farthest along: where it touches none there, it
        // still has a place of its own; among slots as roomy, the one with the fewest markers, so
        // that markers of one date spread evenly. Where even the roomiest slot touches a marker,
        // the new one is folded: overprinted markers read as one, and a dark band of them hides
        // how many there are, where a badge counts them and opens.
        double roomiest = -1;
        int fewest = Integer.MAX_VALUE;

        for (int k = 0; k <= 4 * MAX_SLOTS; k++) {
            double across = lane.axis() + (airy ? slot(k) : tight(k)) * diameter;
            if (across - diameter / 2 < lane.start() || across + diameter / 2 > lane.end()) {
                continue;
            }
            double room = room(along, across);
            if (room == Double.POSITIVE_INFINITY) {
                chosen = across;
                roomiest = room;
                break;
            }
            int near = touching;
            if (room > roomiest + 0.5 || (room < diameter && room > roomiest - 0.5 && near < fewest)) {
                roomiest = Math.max(roomiest, room);
                fewest = near;
                chosen = across;
            }
        }
        // Markers are a diameter apart, their pixel of air included: more than a pixel nearer along
        // time, their shapes' squares overlap. Only a lane that can fan folds: one thinner than
        // FOLDING_LANE markers is a sparse lane sized for its labels, whose few markers (two
        // triangles of one season at a large type scale) share a slot as before rather than hide
        // book models in a "+2" (ADR 0022).
        if (canFold && roomiest < diameter - 2) {
            return FOLDED;
        }
        recent.addLast(new Placed(along, chosen));
        return chosen;
    }

    /** The k-th slot tried by a tight fan: 0, +1, -1, +2, -2, ..., ±24. */
    private static int tight(int k) {
        return (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
    }

    /** The k-th slot tried, in diameters from the axis: 0, +2, -2, ..., +24, -24, then +1, -1, +3, -3, .... */
    static int slot(int k) {
        if (k <= 2 * MAX_SLOTS) {
            return 2 * ((k + 1) / 2) * (k % 2 == 1 ? 1 : -1);
        }
        int j = k - 2 * MAX_SLOTS - 1;
        return (2 * (j / 2) + 1) * (j % 2 == 0 ? 1 : -1);
    }

    /**
     * How far along time the nearest recent marker in this slot lies; infinite when there is none.
     * Counts the recent markers in the slot into {@link #touching} on the way.
     */
    private double room(double along, double across) {
        double nearest = Double.POSITIVE_INFINITY;
        touching = 0;
        for (Placed p : recent) {
            // Half a pixel of slack: the slot beside is one diameter away, and the rounding of
            // axis + slot * diameter would otherwise make it collide with this one now and then.
            if (Math.abs(p.across() - across) < diameter - 0.5) {
                nearest = Math.min(nearest, Math.abs(along - p.along()));
                touching++;
            }
        }
        return nearest;
    }
}
