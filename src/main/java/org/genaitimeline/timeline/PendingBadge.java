package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer.Leader;
import org.genaitimeline.figure.LabelPlacer.Placement;

/** A badge being filled: its spot (as placed, so it can be taken back), members and span. */
final class PendingBadge {
    final List<Model> members = new ArrayList<>();
    final String laneId;
    final Box box;
    final Placement placement;
    final Optional<Leader> leader;
    final double anchorT;
    double from = Double.POSITIVE_INFINITY;
    double to = Double.NEGATIVE_INFINITY;

PendingBadge(String laneId, Placement placement, Optional<Leader> leader, double anchorT) {
        this.laneId = laneId;
        this.box = placement.box();
        this.placement = placement;
        this.leader = leader;
        this.anchorT = anchorT;
    }

    void add(TimelineLayout.Item it) {
        members.add(it.model());
        from = Math.min(from, it.time());
        to = Math.max(to, it.time());
    }

    void remove(TimelineLayout.Item it, List<TimelineLayout.Item> all, int[] cluster, int self) {
        members.remove(it.model());
        from = Double.POSITIVE_INFINITY;
        to = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            if (cluster[i] == self && all.get(i) != it) {
                from = Math.min(from, all.get(i).time());
                to = Math.max(to, all.get(i).time());
            }
        }
    }
}
