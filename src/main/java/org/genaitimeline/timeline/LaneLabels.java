package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer.Leader;
import org.genaitimeline.figure.LabelPlacer.Placement;
import org.genaitimeline.figure.LabelPlacer.Rule;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimeScale;
import org.genaitimeline.i18n.Messages;

/**
 * The timeline's labels, placed by the shared {@link LabelPlacer}. Every visible circle is a
 * marker first; then each label, in priority order (highlighted before dimmed, Figure 14-1's
 * models before the rest, then by date), takes the first free spot {@link LabelSpots} offers:
 * beside its circle, else in a tier of its lane with a leader line that crosses no other marker,
 * label or leader. Beside its circle it must be nearer its own circle than any other, or it
 * gets a leader too. Only when no spot is free does it join or open a "+N" badge there.
 */
final class LaneLabels {

    /**
     * The sizes a name may step down to, as shares of the layout's size: still read at a glance,
     * a fifth and a third less in each direction; each at least {@link #MIN_SMALL_FONT}.
     */
    private static final double[] SMALL_STEPS = {0.8, 2.0 / 3};
    /** Below this no name stays legible on a screen. */
    private static final double MIN_SMALL_FONT = 10;
    /**
     * One more step, only for the names the repair's first round (down to the common steps) leaves
     * in badges: smaller beats not shown, but a name that took it at once took a spot another name
     * could have used at two thirds (ADR 0019).
     */
    private static final double REPAIR_STEP = 0.55;
    /** The longest leader, in lines: a label farther from its marker reads as a neighbour's. */
    private static final double LEADER_CAP_LINES = 6.5;
    /**
     * And never longer than this, in pixels, however large the type: at presentation mode's 23.4 px
     * 6.5 lines are 190 px, a tenth of the screen width, too far for the eye to follow (ADR 0019). Below
     * type of about 20 px (scale 1.5 on a plain theme, the projector theme) the lines cap first.
     */
    private static final double LEADER_CAP_PX = 162;

    /** A label costing more than this many lines of leader is worth another try ({@link LabelSwaps#improve}). */
    private static final double WORTH_IMPROVING = 2;
    /** What stepping a name down costs, in lines of leader, per squared share of its size lost. */
    private static final double SHRINK_COST = 100;

    /** A name's box height over its size ({@link #labelLine}). */
    static final double LABEL_LINE = 1.1;

    private final TimelineSpec spec;
    private final Box plot;
    private final TimeScale axis;
    private final List<Lane> lanes;
    private final double font;
    private final double lineH;
    private final double pad;
    private final Messages messages;
    private final TextMeasure measure;
    private final boolean vertical;
    private final LabelPlacer placer;
    private final LabelSpots spots;
    /** The spots of a badge: a whole line high, for the frame around its count. */
    private final LabelSpots badgeSpots;
    /** The step down for names that find no room at the full size, and its spots (a line is shorter). */
    private final double[] smallFonts;
    /** How many of {@link #smallFonts} every label may take; the rest only in the repair. */
    private final int commonSteps;
    /** Whether the repair's own step may be tried: in its second round and the improvement after it. */
    private boolean repairing;
    /** Whether only the full size may be tried (the first pass, see {@link #place}). */
    private boolean fullSizeOnly;
    private final LabelSpots[] smallSpots;
    private final double gap;
    private final ShortLeaders leaders;
    /** Each item's circle as registered with the placer (by index), so its own leader may leave it. */
    private Box[] circles = new Box[0];
    /** The labels placed so far and how (by item index), so a label can be taken back and tried again. */
    private TimelineLayout.Label[] labels = new TimelineLayout.Label[0];
    private Placement[] placements = new Placement[0];
    /** While set, the only area where spots are tried (see {@link #tryLabel(int, TimelineLayout.Item, Box)}). */
    private Box within;
    /** How many models the pass has put in badges so far (folded markers not counted: they never had a label to try). */
    private int hidden;
    /** The crowds of folded markers in the visible range, each with its badge ({@link #addCircles}). */
    private List<MarkerCrowds.Crowd> crowds = List.of();
    private double reach;
    private int visibleFrom;
    private int visibleTo;

    LaneLabels(TimelineSpec spec, Box plot, TimeScale axis, List<Lane> lanes, double font, double lineH, double pad,
            Messages messages) {
        this.spec = spec;
        this.plot = plot;
        this.axis = axis;
        this.lanes = lanes;
        this.font = font;
        this.lineH = lineH;
        this.pad = pad;
        this.messages = messages;
        this.measure = spec.measure();
        this.vertical = spec.orientation() == Orientation.VERTICAL;
        this.placer = new LabelPlacer(Math.max(8, lineH));
        this.gap = 3 * spec.labelScale();
        this.spots = new LabelSpots(vertical, labelLine(font), gap, plot);
        this.badgeSpots = new LabelSpots(vertical, lineH, gap, plot);
        double[] steps = java.util.Arrays.stream(SMALL_STEPS).map(k -> Math.max(MIN_SMALL_FONT, font * k))
                .filter(f -> f < font).distinct().toArray();
        double last = Math.max(MIN_SMALL_FONT, font * REPAIR_STEP);
        // The repair's own step, when it is smaller still than the last common one.
        this.smallFonts = steps.length > 0 && last < steps[steps.length - 1] - 0.5
                ? java.util.stream.DoubleStream.concat(java.util.Arrays.stream(steps),
                        java.util.stream.DoubleStream.of(last)).toArray()
                : steps;
        this.commonSteps = steps.length;
        this.smallSpots = new LabelSpots[smallFonts.length];
        for (int k = 0; k < smallFonts.length; k++) {
            smallSpots[k] = new LabelSpots(vertical, labelLine(smallFonts[k]), gap, plot);
        }
        this.reach = LayoutBuilder.RADIUS * spec.labelScale() + 2;
        // The air keeps a little space between neighbours, so "Parti" and "Imagen" never read as one word.
        Rule rule = new Rule(plot::encloses, gap, LabelPlacer.Leaders.KEEP_CLEAR);
        this.leaders = new ShortLeaders(placer, rule, vertical, lineH, gap, Math.min(LEADER_CAP_LINES * lineH, LEADER_CAP_PX));
    }

    /**
     * What a label costs its reader, in lines of leader: its leader's length, and for a smaller
     * name a cost that grows with the square of what it lost (a fifth smaller is worth four lines
     * of leader, a third smaller eleven).
     */
    private double cost(TimelineLayout.Label label) {
        double leader = label.leader().map(ShortLeaders::length).orElse(0.0) / lineH;
        double lost = 1 - label.fontSize() / font;
        return leader + SHRINK_COST * lost * lost;
    }

    /**
     * How high a name's box is: the glyphs and a little, not the font's whole line (a quarter
     * more), so stacked names sit as close as lines of text do; the air keeps them apart.
     */
    private double labelLine(double size) {
        return Math.min(measure.lineHeight(size), size * LABEL_LINE);
    }

    /** The farthest a label or badge reaches from its circle along the time axis, for hit windows. */
    double reach() {
        return reach;
    }

    /**
     * Registers the circles inside the visible range as obstacles, after gathering the folded
     * ones there into crowds, whose badges are registered too ({@link MarkerCrowds}; the items a
     * badge covers fold into it, so {@code items} may change). Items must be sorted by time.
     */
    void addCircles(List<TimelineLayout.Item> items) {
        double margin = LayoutBuilder.RADIUS * spec.labelScale() / axis.pixelsPerYear();
        visibleFrom = items.size();
        visibleTo = 0;
        for (int i = 0; i < items.size(); i++) {
            TimelineLayout.Item it = items.get(i);
            if (it.time() >= axis.start() - margin && it.time() <= axis.end() + margin) {
                visibleFrom = Math.min(visibleFrom, i);
                visibleTo = i + 1;
            }
        }
        gatherCrowds(items);
        circles = new Box[items.size()];
        for (int i = 0; i < items.size(); i++) {
            TimelineLayout.Item it = items.get(i);
            Box marker = Box.around(it.x(), it.y(), MarkerShape.ofId(it.laneId()).halfSize(it.r()));
            if (i >= visibleFrom && i < visibleTo) {
                if (it.drawn()) {
                    circles[i] = marker;
                    placer.addMarker(marker);
                }
            } else if (marker.intersects(plot) && it.drawn()) {
                // Past the axis' end but still drawn, cropped at the plot's edge: no leader may cross it.
                placer.addMarker(marker);
            }
        }
    }

    /** The crowds of the visible range, their badges registered first: each stands for many models. */
    private void gatherCrowds(List<TimelineLayout.Item> items) {
        if (visibleFrom >= visibleTo) {
            crowds = List.of();
            return;
        }
        List<TimelineLayout.Item> visible = items.subList(visibleFrom, visibleTo);
        MarkerCrowds gatherer = new MarkerCrowds(vertical, lineH, gap, plot);
        crowds = gatherer.gather(visible, lanes, n -> measure.width(crowdText(n), font, true) + 2 * pad).stream()
                .map(c -> new MarkerCrowds.Crowd(c.members().stream().map(i -> i + visibleFrom).toList(), c.box()))
                .toList();
        crowds.forEach(c -> placer.addLabel(c.box()));
    }

    private String crowdText(int count) {
        return messages.get("timeline.cluster", Integer.toString(count));
    }

    /** Places an era's name at the start of its visible band, in the first free lane corner; null if none. */
    Box placeEraName(String name, Box band, List<Lane> laneList) {
        double w = measure.width(name, font, false) + 2;
        return placer.place(Rule.inside(band), offer -> {
            for (int k = 0; k < 4; k++) {
                for (int i = laneList.size() - 1; i >= 0; i--) {
                    Lane lane = laneList.get(vertical ? i : laneList.size() - 1 - i);
                    Box b = vertical
                            ? new Box(Math.max(plot.x() + pad, lane.end() - pad - w), band.y() + pad / 2 + k * lineH,
                                    w, lineH)
                            : new Box(band.x() + pad + k * w / 2, lane.start() + pad / 4, w, lineH);
                    if (offer.offer(b, null)) {
                        return;
                    }
                }
            }
        }).map(Placement::box).orElse(null);
    }

    /** Labels the visible items; returns the items with labels and badge indexes, in time order. */
    List<TimelineLayout.Item> place(List<TimelineLayout.Item> items, List<TimelineLayout.Badge> out) {
        List<Integer> order = new ArrayList<>();
        for (int i = visibleFrom; i < visibleTo; i++) {
            // A folded marker has no place for a label: it stands in its crowd's badge (crowds, below).
            if (items.get(i).drawn()) {
                order.add(i);
            }
        }
        // Latest first within a rank: with labels preferring to run rightwards from their markers,
        // a dense run then stacks as a staircase whose leaders cross no label.
        order.sort(Comparator.<Integer>comparingInt(i -> items.get(i).dimmed() ? 1 : 0).thenComparingInt(i -> -i));
        labels = new TimelineLayout.Label[items.size()];
        placements = new Placement[items.size()];
        int[] cluster = new int[items.size()];
        java.util.Arrays.fill(cluster, -1);
        List<PendingBadge> badges = new ArrayList<>();
        String reserve = "+" + "0".repeat(Integer.toString(Math.max(1, visibleTo - visibleFrom)).length());
        double badgeW = measure.width(reserve, font, true) + 2 * pad;
        // Every name first tries its full size, the ones that find no room there wait until all
        // have tried: a name that steps down at once takes a smaller spot that a later name could
        // have used at full size. In a crowd (more waiting than the repair takes on) the rest go
        // the old way at once, so a 10,000-model layout tries each name once.
        List<Integer> waiting = new ArrayList<>();
        fullSizeOnly = true;
        for (int i : order) {
            if (!fullSizeOnly) {
                labelOrBadge(i, items, cluster, badges, badgeW);
            } else if (!tryLabel(i, items.get(i))) {
                waiting.add(i);
                if (waiting.size() > LabelSwaps.MAX_HIDDEN) {
                    fullSizeOnly = false;
                    waiting.forEach(w -> labelOrBadge(w, items, cluster, badges, badgeW));
                    waiting.clear();
                }
            }
        }
        fullSizeOnly = false;
        waiting.forEach(w -> labelOrBadge(w, items, cluster, badges, badgeW));
        LabelSwaps swaps = new LabelSwaps(placer, items, labels, placements, cluster, badges, this::tryLabel, lineH);
        // The repair first tries the common steps only, then the repair's own step for what is still
        // in badges: tried at once, the smallest step took spots that others needed at two thirds.
        swaps.repair(order);
        repairing = true;
        swaps.repair(order);
        swaps.improve(this::cost, WORTH_IMPROVING);
        repairing = false;
        int[] kept = new int[badges.size()];
        for (int k = 0; k < badges.size(); k++) {
            PendingBadge b = badges.get(k);
            // A badge all of whose members found labels in the repair is gone.
            kept[k] = b.members.isEmpty() ? -1 : out.size();
            if (b.members.isEmpty()) {
                continue;
            }
            // The badge keeps the width reserved for the widest count: its leader was checked to that box.
            String text = messages.get("timeline.cluster", Integer.toString(b.members.size()));
            out.add(new TimelineLayout.Badge(b.members, b.box, text, b.laneId, b.from, b.to, b.leader));
        }
        int[] crowdOf = new int[items.size()];
        java.util.Arrays.fill(crowdOf, -1);
        for (MarkerCrowds.Crowd c : crowds) {
            List<Model> members = c.members().stream().map(i -> items.get(i).model()).toList();
            c.members().forEach(i -> crowdOf[i] = out.size());
            TimelineLayout.Item first = items.get(c.members().get(0));
            TimelineLayout.Item last = items.get(c.members().get(c.members().size() - 1));
            out.add(new TimelineLayout.Badge(members, c.box(), crowdText(members.size()), first.laneId(), first.time(),
                    last.time(), Optional.empty()));
        }
        List<TimelineLayout.Item> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            TimelineLayout.Item it = items.get(i);
            int badge = crowdOf[i] >= 0 ? crowdOf[i] : cluster[i] < 0 ? -1 : kept[cluster[i]];
            result.add(new TimelineLayout.Item(it.model(), it.laneId(), it.lane(), it.time(), it.x(), it.y(),
                    it.r(), it.dimmed(), labels[i], badge, it.folded()));
        }
        return result;
    }

    /** Labels item i at any size it may take, else puts it in a badge (joined, opened or traded for). */
    private void labelOrBadge(int i, List<TimelineLayout.Item> items, int[] cluster, List<PendingBadge> badges,
            double badgeW) {
        TimelineLayout.Item it = items.get(i);
        // In a crowd (more hidden than the repair takes on) a model beside a badge of its lane joins
        // it unsearched: its neighbours found no room, and each search of a full plot costs.
        int b = hidden > LabelSwaps.MAX_HIDDEN ? joinable(badges, it, lineH * 3) : -1;
        if (b < 0 && tryLabel(i, it)) {
            return;
        }
        b = b >= 0 ? b : joinable(badges, it, lineH * 3);
        if (b < 0) {
            Placement badge = find(i, it, badgeW, spots);
            if (badge != null) {
                noteReach(it, badge.box());
                badges.add(new PendingBadge(it.laneId(), badge, leaderOf(badge), timePx(it)));
                b = badges.size() - 1;
            } else {
                b = joinable(badges, it, Double.POSITIVE_INFINITY);
            }
        }
        if (b < 0) {
            b = evict(items, labels, cluster, badges, it, badgeW);
        }
        if (b < 0) {
            b = nearestBadge(badges, it);
        }
        if (b < 0) {
            // Nothing near, no badge and no label to trade in this lane: the first badge goes to the
            // nearest free spot of the plot, without a leader that could cross anything.
            Box spot = nearestFreeSpot(it, badgeW);
            badges.add(new PendingBadge(it.laneId(), new Placement(spot, false, 0, 0, null), Optional.empty(),
                    timePx(it)));
            noteReach(it, spot);
            b = badges.size() - 1;
        }
        badges.get(b).add(it);
        cluster[i] = b;
        hidden++;
    }

    /**
     * Labels item i at the first free spot at full size, else a step smaller; false when none
     * is free.
     */
    private boolean tryLabel(int i, TimelineLayout.Item it) {
        return tryLabel(i, it, null);
    }

    /**
     * As {@link #tryLabel(int, TimelineLayout.Item)}, trying only spots that touch the given
     * area (when not null): after one label is taken away, only spots over its place can have
     * come free, and the rest need no second look.
     */
    private boolean tryLabel(int i, TimelineLayout.Item it, Box area) {
        within = area;
        try {
            return tryLabelAnywhere(i, it);
        } finally {
            within = null;
        }
    }

    private boolean tryLabelAnywhere(int i, TimelineLayout.Item it) {
        String text = it.model().name(spec.language());
        Placement label = find(i, it, measure.width(text, font, true) + 2, spots);
        double size = font;
        // In a crowd (more hidden than the repair takes on) smaller names would not empty the badges,
        // and each step costs a full search: only the full size is tried.
        int steps = fullSizeOnly || hidden > LabelSwaps.MAX_HIDDEN ? 0 : repairing ? smallFonts.length : commonSteps;
        for (int k = 0; label == null && k < steps; k++) {
            label = find(i, it, measure.width(text, smallFonts[k], true) + 2, smallSpots[k]);
            size = smallFonts[k];
        }
        if (label == null) {
            return false;
        }
        labels[i] = new TimelineLayout.Label(text, label.box(), leaderOf(label), size);
        placements[i] = label;
        noteReach(it, label.box());
        return true;
    }

    /**
     * Trades a near label of the lane for a badge: the label's space is freed and the badge
     * looks for a free spot beside that label's circle (the freed box is one); both models
     * join it. Tries the nearest few labels; -1 when none makes room.
     */
    private int evict(List<TimelineLayout.Item> items, TimelineLayout.Label[] labels, int[] cluster,
            List<PendingBadge> badges, TimelineLayout.Item it, double badgeW) {
        List<Integer> near = new ArrayList<>();
        for (int i = visibleFrom; i < visibleTo; i++) {
            if (labels[i] != null && items.get(i).laneId().equals(it.laneId()) && rank(items.get(i)) >= rank(it)) {
                near.add(i);
            }
        }
        near.sort(Comparator.comparingDouble(i -> Math.abs(timePx(items.get(i)) - timePx(it))));
        for (int victim : near.subList(0, Math.min(near.size(), 6))) {
            TimelineLayout.Item v = items.get(victim);
            Placement freed = placements[victim];
            placer.remove(freed);
            Placement badge = find(victim, v, badgeW, badgeSpots);
            if (badge == null) {
                placer.restore(freed);
                continue;
            }
            noteReach(v, badge.box());
            PendingBadge b = new PendingBadge(v.laneId(), badge, leaderOf(badge), timePx(v));
            labels[victim] = null;
            placements[victim] = null;
            b.add(v);
            badges.add(b);
            cluster[victim] = badges.size() - 1;
            return badges.size() - 1;
        }
        return -1;
    }

    /**
     * The free box of width w nearest the item's circle on a grid over the whole plot; slow, but
     * only the first badge of a full plot needs it. If not even that is free, the box beside the
     * circle: overlapping then beats losing the model.
     */
    private Box nearestFreeSpot(TimelineLayout.Item it, double w) {
        List<Box> grid = new ArrayList<>();
        for (double y = plot.y(); y + lineH <= plot.maxY(); y += lineH / 2) {
            for (double x = plot.x(); x + w <= plot.maxX(); x += lineH) {
                grid.add(new Box(x, y, w, lineH));
            }
        }
        grid.sort(Comparator.comparingDouble(b -> LabelSpots.distance(it.x(), it.y(), b)));
        Rule rule = new Rule(plot::encloses, gap, LabelPlacer.Leaders.UNCHECKED);
        return placer.place(rule, offer -> {
            for (Box b : grid) {
                if (offer.offer(b, null)) {
                    return;
                }
            }
        }).map(Placement::box).orElse(new Box(it.x() + it.r() + gap, it.y() - lineH / 2, w, lineH));
    }

    /** Placement priority, lower first: highlighted before dimmed, Figure 14-1's models before the rest. */
    private static int rank(TimelineLayout.Item it) {
        return (it.dimmed() ? 2 : 0) + (it.model().inFigure() ? 0 : 1);
    }

    /** The badge nearest in time in any lane: the last resort before an overlap. */
    private int nearestBadge(List<PendingBadge> badges, TimelineLayout.Item it) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < badges.size(); i++) {
            double d = Math.abs(badges.get(i).anchorT - timePx(it));
            if (d < bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    private double timePx(TimelineLayout.Item it) {
        return vertical ? it.y() : it.x();
    }

    private void noteReach(TimelineLayout.Item it, Box box) {
        double t = timePx(it);
        double far = vertical ? Math.max(Math.abs(box.y() - t), Math.abs(box.maxY() - t))
                : Math.max(Math.abs(box.x() - t), Math.abs(box.maxX() - t));
        reach = Math.max(reach, far + 2);
    }

    private int joinable(List<PendingBadge> badges, TimelineLayout.Item it, double within) {
        int best = -1;
        double bestD = within;
        for (int i = 0; i < badges.size(); i++) {
            PendingBadge b = badges.get(i);
            double d = Math.abs(b.anchorT - timePx(it));
            if (b.laneId.equals(it.laneId()) && d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /**
     * The best free spot of width w for an item ({@link ShortLeaders}), taken, or null. A spot
     * touching the circle and nearer it than any other circle needs no leader; every other spot
     * needs one, and that leader may cross no marker, label or leader but its own circle.
     */
    private Placement find(int index, TimelineLayout.Item it, double w, LabelSpots spots) {
        double r = radius(index);
        int most = hidden > LabelSwaps.MAX_HIDDEN ? LabelSpots.CROWD_SPOTS : LabelSpots.MAX_SPOTS;
        return leaders.take(it.x(), it.y(), r, circles[index], spots.around(it.x(), it.y(), r, w, lanes.get(it.lane()),
                most), within);
    }

    /** How far a marker's drawn shape reaches (its keep-clear square's half side). */
    private double radius(int index) {
        return circles[index].w() / 2;
    }

    /** The leader the placer checked for a placement, without the marker it may cross (a layout holds no boxes of the index). */
    private static Optional<Leader> leaderOf(Placement p) {
        Leader l = p.line();
        return l == null ? Optional.empty()
                : Optional.of(new Leader(l.fromX(), l.fromY(), l.bendX(), l.bendY(), l.toX(), l.toY(), null));
    }
}
