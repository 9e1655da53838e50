package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.LabelPlacer.Placement;

/**
 * The repair after the greedy pass: each model left in a badge tries again, first alone (its
 * badge's spot freed when it is the badge's only member), then by taking the spot of a nearby
 * label of its lane, which must then find another spot itself. A swap is kept only when both
 * end up labelled; otherwise everything goes back as it was. Greedy placement in one order
 * leaves such pairs: a label that took the one spot its neighbour could use, while it had
 * others.
 */
final class LabelSwaps {

    /** Labels item i if a spot is free (one touching the area, when not null); records the label. */
    @FunctionalInterface
    interface Labeller {
        boolean tryLabel(int index, TimelineLayout.Item item, Box area);
    }

    /** What a label costs its reader: the lines of its leader, more for each step down in size. */
    @FunctionalInterface
    interface Cost {
        double of(TimelineLayout.Label label);
    }

    /** Above this many hidden models no repair is tried. */
    static final int MAX_HIDDEN = 120;
    /** How many nearby labels a hidden model may try to trade places with. */
    private static final int NEIGHBOURS = 16;
    /** The largest badge the repair tries to empty at once. */
    private static final int WHOLE_BADGE = 4;
    /**
     * How many of the nearest labels are taken away at once, smallest first, so a hidden model
     * is seated before them and they find spots around it (see {@link #reseat}).
     */
    private static final int[] RESEAT = {3, 6, 10};
    /** The groups {@link #improve} tries: the label alone, then with its nearest few. */
    private static final int[] IMPROVE = {0, 3, 6};

    private final LabelPlacer placer;
    private final List<TimelineLayout.Item> items;
    private final TimelineLayout.Label[] labels;
    private final Placement[] placements;
    private final int[] cluster;
    private final List<PendingBadge> badges;
    private final Labeller labeller;
    /** The air kept around a freed label's place when looking for spots over it. */
    private final double margin;
    /** Each item's place in the placement order, for putting taken-away labels back in it. */
    private int[] rank = new int[0];

    LabelSwaps(LabelPlacer placer, List<TimelineLayout.Item> items, TimelineLayout.Label[] labels,
            Placement[] placements, int[] cluster, List<PendingBadge> badges, Labeller labeller, double margin) {
        this.margin = margin;
        this.placer = placer;
        this.items = items;
        this.labels = labels;
        this.placements = placements;
        this.cluster = cluster;
        this.badges = badges;
        this.labeller = labeller;
    }

    /**
     * Tries every model in a badge, in the placement order, twice (a swap can free the spot
     * another needed). Only a few: beyond {@link #MAX_HIDDEN} the plot is a crowd where badges
     * are the honest answer, and the repair would cost more than the layout.
     */
    void repair(List<Integer> order) {
        rank = new int[items.size()];
        for (int k = 0; k < order.size(); k++) {
            rank[order.get(k)] = k;
        }
        for (int pass = 0; pass < 2; pass++) {
            List<Integer> hidden = order.stream().filter(i -> cluster[i] >= 0).toList();
            if (hidden.isEmpty() || hidden.size() > MAX_HIDDEN) {
                return;
            }
            hidden.forEach(this::repair);
        }
        for (int b = 0; b < badges.size(); b++) {
            if (badges.get(b).members.size() > 1 && badges.get(b).members.size() <= WHOLE_BADGE) {
                dissolve(b);
            }
        }
    }

    /**
     * Tries to label every member of a small badge at once, its own spot freed: its first member
     * stays while the others try one by one (its leader leaves that member's marker), so a badge
     * of two whose second member finds no room keeps both, though the badge's spot would seat a
     * label. Kept only when every member ends up labelled; otherwise all goes back.
     */
    private void dissolve(int b) {
        PendingBadge badge = badges.get(b);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (cluster[i] == b) {
                members.add(i);
            }
        }
        // What every label was before, so a failed attempt (swaps move neighbours) goes back exactly.
        TimelineLayout.Label[] labelsBefore = labels.clone();
        Placement[] placementsBefore = placements.clone();
        placer.remove(badge.placement);
        List<Integer> done = new ArrayList<>();
        for (int i : members) {
            if (!seat(i, items.get(i))) {
                break;
            }
            done.add(i);
        }
        if (done.size() == members.size()) {
            for (int i : members) {
                badge.remove(items.get(i), items, cluster, b);
                cluster[i] = -1;
            }
            return;
        }
        undo(labelsBefore, placementsBefore);
        placer.restore(badge.placement);
    }

    private void repair(int i) {
        PendingBadge badge = badges.get(cluster[i]);
        TimelineLayout.Item it = items.get(i);
        boolean alone = badge.members.size() == 1;
        // A badge's leader leaves its first member's marker: that member stays unless it is alone.
        if (!alone && badge.members.get(0) == it.model()) {
            return;
        }
        if (alone) {
            placer.remove(badge.placement);
        }
        if (seat(i, it)) {
            badge.remove(it, items, cluster, cluster[i]);
            cluster[i] = -1;
            return;
        }
        if (alone) {
            placer.restore(badge.placement);
        }
    }

    /**
     * After the repair: each label that costs its reader more than {@code worth} (a small name, a
     * long leader), worst first, is taken away with its nearest labels and placed first, the
     * others put back around it in their order; kept when the group costs less than before and
     * all found spots, else everything goes back exactly. Greedy placement seats a name before
     * its neighbours arrive; one that took what it could get then often has a better spot once
     * the neighbours are seated around it. Skipped in a crowd, like the repair.
     */
    void improve(Cost cost, double worth) {
        if (cluster.length == 0 || java.util.Arrays.stream(cluster).filter(c -> c >= 0).count() > MAX_HIDDEN) {
            return;
        }
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null && cost.of(labels[i]) > worth) {
                bad.add(i);
            }
        }
        bad.sort(Comparator.comparingDouble(i -> -cost.of(labels[i])));
        for (int i : bad.subList(0, Math.min(bad.size(), MAX_HIDDEN))) {
            if (labels[i] == null || cost.of(labels[i]) <= worth) {
                continue;
            }
            List<Integer> near = neighbours(i, items.get(i));
            int last = -1;
            for (int k : IMPROVE) {
                int n = Math.min(k, near.size());
                if (n > last && cheaper(i, near.subList(0, n), cost)) {
                    break;
                }
                last = n;
            }
        }
    }

    /** Re-seats label i first and then its nearest labels; true (and kept) when the group costs less. */
    private boolean cheaper(int i, List<Integer> nearest, Cost cost) {
        double before = cost.of(labels[i]);
        for (int v : nearest) {
            before += cost.of(labels[v]);
        }
        TimelineLayout.Label[] labelsBefore = labels.clone();
        Placement[] placementsBefore = placements.clone();
        List<Integer> taken = new ArrayList<>(nearest);
        taken.add(0, i);
        for (int v : taken) {
            placer.remove(placements[v]);
            labels[v] = null;
            placements[v] = null;
        }
        boolean ok = labeller.tryLabel(i, items.get(i), null);
        double after = ok ? cost.of(labels[i]) : Double.POSITIVE_INFINITY;
        List<Integer> rest = new ArrayList<>(nearest);
        rest.sort(Comparator.comparingInt(v -> rank[v]));
        for (int v : rest) {
            ok = ok && after < before && labeller.tryLabel(v, items.get(v), null);
            after += ok ? cost.of(labels[v]) : Double.POSITIVE_INFINITY;
        }
        if (ok && after < before - 1e-9) {
            return true;
        }
        undo(labelsBefore, placementsBefore);
        return false;
    }

    /** Labels a hidden model: a free spot, else a swap, else its neighbours seated around it; false when none works. */
    private boolean seat(int i, TimelineLayout.Item it) {
        if (labeller.tryLabel(i, it, null) || swapWithNeighbour(i, it)) {
            return true;
        }
        List<Integer> near = neighbours(i, it);
        int last = 0;
        for (int k : RESEAT) {
            int n = Math.min(k, near.size());
            if (n > last && reseat(i, it, near.subList(0, n))) {
                return true;
            }
            last = n;
        }
        return false;
    }

    /**
     * Takes the labels nearest the model's marker away, labels the model first, then puts them
     * back in their placement order, each at its best free spot: greedy placement had seated
     * them before the model, and one of them took the only spot it could use while they had
     * others. Kept only when all find spots again; otherwise everything goes back exactly.
     */
    private boolean reseat(int i, TimelineLayout.Item it, List<Integer> nearest) {
        List<Integer> taken = new ArrayList<>(nearest);
        TimelineLayout.Label[] labelsBefore = labels.clone();
        Placement[] placementsBefore = placements.clone();
        for (int v : taken) {
            placer.remove(placements[v]);
            labels[v] = null;
            placements[v] = null;
        }
        boolean ok = labeller.tryLabel(i, it, null);
        taken.sort(Comparator.comparingInt(v -> rank[v]));
        for (int v : taken) {
            ok = ok && labeller.tryLabel(v, items.get(v), null);
        }
        if (!ok) {
            undo(labelsBefore, placementsBefore);
        }
        return ok;
    }

    /** Puts every label back as it was (a failed attempt may have moved several). */
    private void undo(TimelineLayout.Label[] labelsBefore, Placement[] placementsBefore) {
        for (int i = 0; i < placements.length; i++) {
            if (placements[i] != placementsBefore[i]) {
                if (placements[i] != null) {
                    placer.remove(placements[i]);
                }
                labels[i] = labelsBefore[i];
                placements[i] = null;
            }
        }
        for (int i = 0; i < placements.length; i++) {
            if (placementsBefore[i] != null && placements[i] == null) {
                placer.restore(placementsBefore[i]);
                placements[i] = placementsBefore[i];
            }
        }
    }

    /** Takes a near label's spot and finds that label another; false (all restored) when it cannot. */
    private boolean swapWithNeighbour(int i, TimelineLayout.Item it) {
        for (int v : neighbours(i, it)) {
            Placement theirs = placements[v];
            TimelineLayout.Label theirLabel = labels[v];
            placer.remove(theirs);
            labels[v] = null;
            placements[v] = null;
            // Only spots over the freed place can have come free (or whose leader ran through it,
            // which this leaves untried: a cheap repair is worth more than a thorough one).
            if (labeller.tryLabel(i, it, theirs.box().inflate(margin))) {
                if (labeller.tryLabel(v, items.get(v), null)) {
                    return true;
                }
                placer.remove(placements[i]);
                labels[i] = null;
                placements[i] = null;
            }
            placer.restore(theirs);
            labels[v] = theirLabel;
            placements[v] = theirs;
        }
        return false;
    }

    /** The labels nearest the model's marker, of any lane, nearest first: the ones in the way. */
    private List<Integer> neighbours(int i, TimelineLayout.Item it) {
        List<Integer> near = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            if (k != i && placements[k] != null) {
                near.add(k);
            }
        }
        near.sort(Comparator.comparingDouble(k -> LabelSpots.distance(it.x(), it.y(), placements[k].box())));
        return near.subList(0, Math.min(NEIGHBOURS, near.size()));
    }
}
