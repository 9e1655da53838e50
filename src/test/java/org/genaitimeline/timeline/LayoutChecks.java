package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.MarkerShape;

/**
 * The legibility properties every timeline layout must have, checked pairwise (slow but plain):
 * no two labels, badges or era names overlap; none covers a circle; a leader line crosses no
 * circle, label or badge but its own; a label without a leader is nearer its own circle than
 * any other; no marker drawn over another (a crowd the lane cannot hold is folded into a badge).
 */
final class LayoutChecks {

    private record Named(String name, Box box, String owner) {
    }

    private LayoutChecks() {
    }

    /** Checks one pair (i < j) of texts, circles and leaders (in that order in {@code all}). */
    private static void checkPair(List<Named> all, List<LabelPlacer.Leader> leaders, int leaderBase, int i, int j,
            int textCount) {
        Named a = all.get(i);
        Named b = all.get(j);
        if (j < textCount) {
            assertThat(a.box().intersects(b.box())).as("%s overlaps %s", a.name(), b.name()).isFalse();
        } else if (i < textCount && j < leaderBase) {
            assertThat(a.box().intersects(b.box())).as("%s covers the %s", a.name(), b.name()).isFalse();
        } else if (i < leaderBase && j >= leaderBase) {
            LabelPlacer.Leader l = leaders.get(j - leaderBase);
            assertThat(!b.owner().equals(a.owner()) && l.crosses(a.box()))
                    .as("%s crosses the %s", b.name(), a.name()).isFalse();
        }
    }

    static void assertLegible(TimelineLayout layout) {
        List<Named> texts = new ArrayList<>();
        List<Named> circles = new ArrayList<>();
        List<LabelPlacer.Leader> leaders = new ArrayList<>();
        List<String> leaderOwners = new ArrayList<>();
        int[] range = layout.visibleRange();
        for (int k = range[0]; k < range[1]; k++) {
            TimelineLayout.Item it = layout.items().get(k);
            String id = it.model().id();
            if (!it.drawn()) {
                assertThat(it.label()).as("label of folded %s", id).isNull();
                assertThat(it.badge()).as("badge of folded %s", id).isNotNegative();
                continue;
            }
            Box marker = Box.around(it.x(), it.y(), MarkerShape.ofId(it.laneId()).halfSize(it.r()));
            circles.add(new Named("circle of " + id, marker, id));
            if (it.label() != null) {
                texts.add(new Named("label of " + id, it.label().box(), id));
                assertThat(layout.plot().encloses(it.label().box())).as("%s inside the plot", id).isTrue();
                it.label().leader().ifPresent(l -> {
                    leaders.add(l);
                    leaderOwners.add(id);
                });
            }
        }
        for (TimelineLayout.Badge b : layout.badges()) {
            String owner = b.members().get(0).id();
            texts.add(new Named("badge " + b.memberIds(), b.box(), owner));
            b.leader().ifPresent(l -> {
                leaders.add(l);
                leaderOwners.add(owner);
            });
        }
        for (TimelineLayout.EraBand e : layout.eraBands()) {
            if (e.label() != null) {
                texts.add(new Named("era " + e.era().id(), e.label(), null));
            }
        }
        List<Named> all = new ArrayList<>(texts);
        all.addAll(circles);
        for (int i = 0; i < leaders.size(); i++) {
            LabelPlacer.Leader l = leaders.get(i);
            // Both legs of a stepped leader lie inside the box around its three points.
            double x0 = Math.min(l.fromX(), Math.min(l.bendX(), l.toX()));
            double y0 = Math.min(l.fromY(), Math.min(l.bendY(), l.toY()));
            double x1 = Math.max(l.fromX(), Math.max(l.bendX(), l.toX()));
            double y1 = Math.max(l.fromY(), Math.max(l.bendY(), l.toY()));
            all.add(new Named("leader of " + leaderOwners.get(i), new Box(x0, y0, x1 - x0, y1 - y0),
                    leaderOwners.get(i)));
        }
        int leaderBase = texts.size() + circles.size();
        // A sweep along x: only pairs whose x ranges meet are compared, so 2,000 models stay fast.
        List<Integer> byX = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            byX.add(i);
        }
        byX.sort(java.util.Comparator.comparingDouble(i -> all.get(i).box().x()));
        for (int a = 0; a < byX.size(); a++) {
            int i = byX.get(a);
            for (int b = a + 1; b < byX.size() && all.get(byX.get(b)).box().x() <= all.get(i).box().maxX(); b++) {
                int j = byX.get(b);
                checkPair(all, leaders, leaderBase, Math.min(i, j), Math.max(i, j), texts.size());
            }
        }
        for (int k = range[0]; k < range[1]; k++) {
            TimelineLayout.Item it = layout.items().get(k);
            if (it.label() == null || it.label().leader().isPresent()) {
                continue;
            }
            double own = LabelSpots.distance(it.x(), it.y(), it.label().box());
            for (int o = range[0]; o < range[1]; o++) {
                TimelineLayout.Item other = layout.items().get(o);
                if (o != k && other.drawn() && LabelSpots.distance(other.x(), other.y(), it.label().box()) <= own) {
                    fail("label of %s is nearer the circle of %s", it.model().id(), other.model().id());
                }
            }
        }
        assertNoMarkerOverprints(layout);
        assertNoLeadersShareALine(leaders, leaderOwners);
    }

    /** No two leaders lie on one line: drawn, they would read as one, joined to the wrong label. */
    private static void assertNoLeadersShareALine(List<LabelPlacer.Leader> leaders, List<String> owners) {
        for (int i = 0; i < leaders.size(); i++) {
            for (int j = i + 1; j < leaders.size(); j++) {
                assertThat(leaders.get(i).sharesLineWith(leaders.get(j)))
                        .as("leaders of %s and %s share a line", owners.get(i), owners.get(j)).isFalse();
            }
        }
    }

    /**
     * No drawn marker lies over another of its lane: their shapes' squares overlap by at most the
     * two pixels MarkerFan allows for rounding. Markers of different lanes are apart by the lanes.
     * A lane thinner than {@link MarkerFan#FOLDING_LANE} markers is exempt: it holds a few models
     * whose labels sized it, and shares its slot where two of them meet (ADR 0022).
     */
    static void assertNoMarkerOverprints(TimelineLayout layout) {
        int[] range = layout.visibleRange();
        List<TimelineLayout.Item> drawn = new ArrayList<>(layout.items().subList(range[0], range[1]).stream()
                .filter(TimelineLayout.Item::drawn).toList());
        boolean vertical = layout.orientation() == org.genaitimeline.figure.Orientation.VERTICAL;
        java.util.function.ToDoubleFunction<TimelineLayout.Item> along = it -> vertical ? it.y() : it.x();
        drawn.sort(java.util.Comparator.comparingDouble(along));
        for (int i = 0; i < drawn.size(); i++) {
            TimelineLayout.Item a = drawn.get(i);
            double size = 2 * MarkerShape.ofId(a.laneId()).halfSize(a.r());
            for (int j = i + 1; j < drawn.size() && along.applyAsDouble(drawn.get(j)) - along.applyAsDouble(a) < size; j++) {
                TimelineLayout.Item b = drawn.get(j);
                double apart = Math.max(Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
                boolean thin = layout.lanes().get(a.lane()).size() < MarkerFan.FOLDING_LANE * (size + 1);
                assertThat(a.lane() == b.lane() && !thin && apart < size - 2)
                        .as("marker of %s over %s (%.1f px apart)", a.model().id(), b.model().id(), apart).isFalse();
            }
        }
    }
}
