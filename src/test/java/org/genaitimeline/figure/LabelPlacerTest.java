package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.genaitimeline.figure.LabelPlacer.Candidates;
import org.genaitimeline.figure.LabelPlacer.Leader;
import org.genaitimeline.figure.LabelPlacer.Leaders;
import org.genaitimeline.figure.LabelPlacer.Placement;
import org.genaitimeline.figure.LabelPlacer.Rule;
import org.junit.jupiter.api.Test;

/** The shared label-placement engine, without either figure. */
class LabelPlacerTest {

    private static final Box BOUNDS = new Box(0, 0, 400, 300);

    /** Spots of 40 x 12 on a coarse grid around (x, y), nearest first, each with a leader from (x, y). */
    private static Candidates around(double x, double y, Box marker) {
        return offer -> {
            for (int ring = 0; ring < 6; ring++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    for (int dy = -ring; dy <= ring; dy++) {
                        if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                            continue;
                        }
                        Box b = new Box(x + 6 + dx * 44, y - 6 + dy * 14, 40, 12);
                        if (offer.offer(b, ring == 0 ? null : Leader.between(x, y, 3, b, marker))) {
                            return;
                        }
                    }
                }
            }
        };
    }

    @Test
    void placedLabelsNeverOverlapNorCoverAMarkerNorLeaveTheBounds() {
        LabelPlacer placer = new LabelPlacer(16);
        Random random = new Random(3);
        List<Box> markers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Box m = Box.around(40 + random.nextInt(320), 30 + random.nextInt(240), 3);
            markers.add(m);
            placer.addMarker(m);
        }
        List<Box> placed = new ArrayList<>();
        for (Box m : markers) {
            placer.place(Rule.inside(BOUNDS), around(m.centerX(), m.centerY(), m)).ifPresent(p -> placed.add(p.box()));
        }
        assertThat(placed).hasSizeGreaterThan(30);
        for (int i = 0; i < placed.size(); i++) {
            assertThat(BOUNDS.encloses(placed.get(i))).isTrue();
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).intersects(placed.get(j))).as("%s and %s", placed.get(i), placed.get(j))
                        .isFalse();
            }
            for (Box m : markers) {
                assertThat(placed.get(i).intersects(m)).isFalse();
            }
        }
    }

    @Test
    void theFirstFreeCandidateWinsAndIsTaken() {
        LabelPlacer placer = new LabelPlacer(16);
        placer.addLabel(new Box(100, 100, 50, 20));
        Box blocked = new Box(110, 105, 20, 10);
        Box free = new Box(200, 105, 20, 10);
        Candidates both = offer -> {
            if (!offer.offer(blocked, null)) {
                offer.offer(free, null);
            }
        };
        assertThat(placer.place(Rule.inside(BOUNDS), both)).map(Placement::box).contains(free);
        // Taken now: the same spot is refused to the next label.
        assertThat(placer.place(Rule.inside(BOUNDS), offer -> offer.offer(free, null))).isEmpty();
    }

    @Test
    void airKeepsNeighboursApartAndRemovalFreesTheSpace() {
        LabelPlacer placer = new LabelPlacer(16);
        Box left = new Box(100, 100, 40, 12);
        placer.addLabel(left);
        Box touching = new Box(142, 100, 40, 12);
        Rule airy = new Rule(BOUNDS::encloses, 3, Leaders.UNCHECKED);
        assertThat(placer.free(touching, null, Rule.inside(BOUNDS))).isTrue();
        assertThat(placer.free(touching, null, airy)).isFalse();
        placer.removeLabel(left);
        assertThat(placer.free(touching, null, airy)).isTrue();
    }

    @Test
    void leadersAvoidOtherMarkersAndLabelsAsTheRuleSays() {
        LabelPlacer placer = new LabelPlacer(16);
        Box own = Box.around(50, 150, 3);
        Box otherMarker = Box.around(100, 150, 3);
        Box otherLabel = new Box(140, 140, 20, 20);
        placer.addMarker(own);
        placer.addMarker(otherMarker);
        placer.addLabel(otherLabel);
        Box pastMarker = new Box(120, 145, 10, 10);
        Box pastLabel = new Box(170, 145, 10, 10);
        Leader overMarker = Leader.between(50, 150, 3, pastMarker, own);
        Leader overLabel = Leader.between(50, 150, 3, pastLabel, own);
        Rule rule = Rule.inside(BOUNDS);
        assertThat(placer.free(pastMarker, overMarker, rule.withLeaders(Leaders.AVOID_LABELS_AND_MARKERS))).isFalse();
        assertThat(placer.free(pastMarker, overMarker, rule.withLeaders(Leaders.AVOID_LABELS))).isTrue();
        assertThat(placer.free(pastLabel, overLabel, rule.withLeaders(Leaders.AVOID_LABELS))).isFalse();
        assertThat(placer.free(pastLabel, overLabel, rule)).isTrue();
        // Its own marker never blocks a leader: the line starts on it.
        Box above = new Box(45, 120, 10, 10);
        assertThat(placer.free(above, Leader.between(50, 150, 3, above, own),
                rule.withLeaders(Leaders.AVOID_LABELS_AND_MARKERS))).isTrue();
    }

    @Test
    void placedLeadersCrossNoOtherMarker() {
        LabelPlacer placer = new LabelPlacer(16);
        List<Box> markers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Box m = Box.around(150 + (i % 4) * 12, 120 + (i / 4) * 12, 3);
            markers.add(m);
            placer.addMarker(m);
        }
        Rule rule = Rule.inside(BOUNDS).withLeaders(Leaders.AVOID_LABELS_AND_MARKERS);
        int leaders = 0;
        for (Box m : markers) {
            Leader[] used = new Leader[1];
            Candidates recording = offer -> around(m.centerX(), m.centerY(), m).generate((b, l) -> {
                used[0] = l;
                return offer.offer(b, l);
            });
            Optional<Placement> p = placer.place(rule, recording);
            if (p.isPresent() && p.get().leader()) {
                leaders++;
                Leader l = used[0];
                for (Box other : markers) {
                    if (other != m) {
                        assertThat(other.crossedBy(l.fromX(), l.fromY(), l.toX(), l.toY())).isFalse();
                    }
                }
            }
        }
        assertThat(leaders).isPositive();
    }

    @Test
    void noRoomMeansNoPlacement() {
        LabelPlacer placer = new LabelPlacer(16);
        Box outside = new Box(390, 290, 40, 12);
        assertThat(placer.place(Rule.inside(BOUNDS), offer -> offer.offer(outside, null))).isEmpty();
    }
}
