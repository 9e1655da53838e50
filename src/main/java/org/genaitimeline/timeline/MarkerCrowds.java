package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.MarkerShape;

/**
 * Gathers the markers {@link MarkerFan} folded into crowds, one "+N" badge each, set in the
 * middle of its crowd. In each lane, folded markers within {@link #GAP} lines of one another
 * along time form a crowd. Its badge stands on the lane's axis at the middle of the crowd's
 * dates, where the crowd is densest, and the drawn markers it would cover fold into it too: a
 * badge beside a dense band, past its end, reads as the next year's, and one over markers
 * hides them without counting them.
 *
 * <p>Pure geometry: items in, items (some newly folded) and crowds out.
 */
final class MarkerCrowds {

    /** Folded markers farther apart along time than this many lines belong to different crowds. */
    static final double GAP = 3;

    /** A crowd: the indexes of its items in time order, and its badge's box. */
    record Crowd(List<Integer> members, Box box) {
        Crowd {
            members = List.copyOf(members);
        }
    }

    private final boolean vertical;
    private final double lineH;
    private final double air;
    private final Box plot;

    /**
     * @param lineH a badge's height, and the unit of {@link #GAP}
     * @param air the space kept between the badge and the markers left around it
     */
    MarkerCrowds(boolean vertical, double lineH, double air, Box plot) {
        this.vertical = vertical;
        this.lineH = lineH;
        this.air = air;
        this.plot = plot;
    }

    /**
     * The crowds of the items (in time order), folding into each the drawn markers its badge
     * covers; {@code items} is updated in place.
     *
     * @param badgeWidth the width of a badge for a count
     */
    List<Crowd> gather(List<TimelineLayout.Item> items, List<Lane> lanes, IntToDoubleFunction badgeWidth) {
        List<Crowd> out = new ArrayList<>();
        for (Lane lane : lanes) {
            List<Integer> run = new ArrayList<>();
            for (int i = 0; i <= items.size(); i++) {
                boolean member = i < items.size() && items.get(i).folded() && items.get(i).lane() == lane.index();
                boolean far = member && !run.isEmpty()
                        && along(items.get(i)) - along(items.get(run.get(run.size() - 1))) > GAP * lineH;
                if ((far || i == items.size()) && !run.isEmpty()) {
                    out.add(crowd(items, run, lane, badgeWidth));
                    run.clear();
                }
                if (member) {
                    run.add(i);
                }
            }
        }
        return out;
    }

    private Crowd crowd(List<TimelineLayout.Item> items, List<Integer> folded, Lane lane,
            IntToDoubleFunction badgeWidth) {
        double from = along(items.get(folded.get(0)));
        double to = along(items.get(folded.get(folded.size() - 1)));
        // The markers under the badge join the crowd, so the count is known only with the box: two
        // rounds settle it (a wider count covers at most a few more markers).
        List<Integer> members = new ArrayList<>(folded);
        Box box = null;
        for (int round = 0; round < 2; round++) {
            box = box((from + to) / 2, lane, badgeWidth.applyAsDouble(members.size()));
            members = new ArrayList<>(folded);
            Box keep = box.inflate(air);
            // Only markers near the box along time can touch it: items are in time order, and no
            // shape reaches two radii from its centre (a triangle 1.55).
            double reach = 2 * items.get(folded.get(0)).r();
            double last = (vertical ? keep.maxY() : keep.maxX()) + reach;
            for (int i = firstAtOrAfter(items, (vertical ? keep.y() : keep.x()) - reach);
                    i < items.size() && along(items.get(i)) <= last; i++) {
                TimelineLayout.Item it = items.get(i);
                if (it.drawn() && it.lane() == lane.index()
                        && keep.intersects(Box.around(it.x(), it.y(), MarkerShape.ofId(it.laneId()).halfSize(it.r())))) {
                    members.add(i);
                }
            }
        }
        members.sort(Integer::compare);
        for (int i : members) {
            TimelineLayout.Item it = items.get(i);
            if (it.drawn()) {
                items.set(i, new TimelineLayout.Item(it.model(), it.laneId(), it.lane(), it.time(), it.x(), it.y(),
                        it.r(), it.dimmed(), null, -1, true));
            }
        }
        return new Crowd(members, box);
    }

    /** A badge of width w centred on the lane's axis at {@code along}, kept inside the lane and the plot. */
    private Box box(double along, Lane lane, double w) {
        double alongSize = vertical ? lineH : w;
        double acrossSize = vertical ? w : lineH;
        double lo = vertical ? plot.y() : plot.x();
        double hi = vertical ? plot.maxY() : plot.maxX();
        double a = Math.max(lo, Math.min(hi - alongSize, along - alongSize / 2));
        double c = Math.max(lane.start(), Math.min(lane.end() - acrossSize, lane.axis() - acrossSize / 2));
        return vertical ? new Box(c, a, w, lineH) : new Box(a, c, w, lineH);
    }

    /** The first item at or past a pixel along time (binary search: items are in time order). */
    private int firstAtOrAfter(List<TimelineLayout.Item> items, double px) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (along(items.get(mid)) < px) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double along(TimelineLayout.Item it) {
        return vertical ? it.y() : it.x();
    }
}
