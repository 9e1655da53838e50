package org.genaitimeline.timeline;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fans out markers that would crowd: a marker whose date lies within three markers of an
 * earlier one in the same lane moves across, to the nearest free slot beside its lane's axis
 * (one slot after it, one before, two after, ...), so every model keeps a visible marker of its
 * own at its exact date. Feed one lane's markers in time order.
 */
final class MarkerFan {

    /** Beyond this many slots a crowd overprints: the lane has no more room across. */
    private static final int MAX_SLOTS = 12;

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

    /** @param diameter a marker's size plus the air between two */
    MarkerFan(Lane lane, double diameter) {
        this.lane = lane;
        this.diameter = diameter;
        this.apart = diameter * 3;
    }

    /** The across pixel for the next marker, at {@code along} (not before the previous one's). */
    double place(double along) {
        while (!recent.isEmpty() && recent.peekFirst().along() <= along - apart) {
            recent.removeFirst();
        }
        double chosen = lane.axis();
        // When every slot has a marker within three markers along time, the slot whose nearest
        // marker is farthest along, if it touches none there; only a crowd with no such slot
        // overprints the axis.
        double roomiest = diameter;
        for (int k = 0; k <= 2 * MAX_SLOTS; k++) {
            // 0, +1, -1, +2, -2, ... slots from the axis
            int slot = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
            double across = lane.axis() + slot * diameter;
            if (across - diameter / 2 < lane.start() || across + diameter / 2 > lane.end()) {
                continue;
            }
            double room = room(along, across);
            if (room == Double.POSITIVE_INFINITY) {
                chosen = across;
                break;
            }
            if (room > roomiest + 0.5) {
                roomiest = room;
                chosen = across;
            }
        }
        recent.addLast(new Placed(along, chosen));
        return chosen;
    }

    /** How far along time the nearest recent marker in this slot lies; infinite when there is none. */
    private double room(double along, double across) {
        double nearest = Double.POSITIVE_INFINITY;
        for (Placed p : recent) {
            if (Math.abs(p.across() - across) < diameter) {
                nearest = Math.min(nearest, Math.abs(along - p.along()));
            }
        }
        return nearest;
    }
}
