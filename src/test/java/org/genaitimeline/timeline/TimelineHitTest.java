package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a click picks on a big imported catalog (the bundled one with the Epoch excerpts of the
 * test resources, as {@link EpochExcerptLayoutTest} builds it; projector theme, the timeline canvas
 * a 1920x1080 screen's first window leaves, 1336x846): a point on a model's marker, label or
 * leader picks that model, a point on a "+N" badge that badge, and where two are drawn over each
 * other the one painted on top. Checked against a reference that walks the painter's order
 * ({@link TimelinePainter}: models in time order, then badges, then a second clipped pass for what
 * reaches over the plot's edge), for the settled layout and for the remapped ones a pan or zoom
 * gesture draws its steps from.
 */
class TimelineHitTest {

    private static Catalog imported;

    @BeforeAll
    static void importTheExcerpts() throws Exception {
        imported = EpochExcerptLayoutTest.excerptsImported();
    }

    private static final Map<Orientation, TimelineLayout> SETTLED = new EnumMap<>(Orientation.class);

    private static TimelineLayout settled(Orientation o) {
        return SETTLED.computeIfAbsent(o, TimelineHitTest::layOut);
    }

    private static TimelineLayout layOut(Orientation o) {
        Palette p = Palette.of(Theme.PROJECTOR);
        double[] fit = TimelineSpec.fitRange(imported.models(), imported.eras());
        return TimelineLayout.compute(new TimelineSpec(imported.models(), Set.of(), imported.eras(), o, 1336, 846,
                fit[0], fit[1], Language.EN, p.labelScale(), new CachingTextMeasure(TextMeasure.approximate()), true,
                p.markerScale()));
    }

    /** A point to click, what is drawn there when nothing covers it, and whether that is a leader's line. */
    private record Probe(double x, double y, String target, boolean onLeader) {
    }

    private static String model(TimelineLayout.Item it) {
        return "model " + it.model().id();
    }

    private static String badge(TimelineLayout l, TimelineLayout.Badge b) {
        return "badge " + l.badges().indexOf(b) + " " + b.memberIds();
    }

    /**
     * Inside every marker, label and leader drawn, and every badge and its leader; inside the plot
     * (over its edge they are cut off).
     */
    private static List<Probe> probes(TimelineLayout l) {
        List<Probe> out = new ArrayList<>();
        int[] range = l.visibleRange();
        for (TimelineLayout.Item it : l.items().subList(range[0], range[1])) {
            out.add(new Probe(it.x(), it.y(), model(it), false));
            out.add(new Probe(it.x() + it.r() / 2, it.y() - it.r() / 2, model(it), false));
            if (it.label() != null) {
                Box b = it.label().box();
                for (double f : new double[] {0.1, 0.5, 0.9}) {
                    out.add(new Probe(b.x() + b.w() * f, b.centerY(), model(it), false));
                }
                it.label().leader().ifPresent(line -> along(line, model(it), out));
            }
        }
        for (TimelineLayout.Badge b : l.badges()) {
            out.add(new Probe(b.box().centerX(), b.box().centerY(), badge(l, b), false));
            b.leader().ifPresent(line -> along(line, badge(l, b), out));
        }
        out.removeIf(p -> !l.plot().contains(p.x(), p.y()));
        return out;
    }

    /** Points on a leader's line, past the marker it leaves. */
    private static void along(LabelPlacer.Leader line, String target, List<Probe> out) {
        for (double f : new double[] {0.25, 0.5, 0.75, 1}) {
            out.add(new Probe(line.fromX() + (line.bendX() - line.fromX()) * f,
                    line.fromY() + (line.bendY() - line.fromY()) * f, target, true));
            out.add(new Probe(line.bendX() + (line.toX() - line.bendX()) * f,
                    line.bendY() + (line.toY() - line.bendY()) * f, target, true));
        }
    }

    /** What the painter leaves on top at a point: the last of the things drawn there, in its order. */
    private static String drawnOnTop(TimelineLayout l, double x, double y) {
        TimelinePainter.Edges edges = TimelinePainter.Edges.of(l, 1);
        int[] range = l.visibleRange();
        String top = null;
        for (boolean atEdge : new boolean[] {false, true}) {
            if (atEdge && !l.plot().contains(x, y)) {
                continue;
            }
            for (int i = range[0]; i < range[1]; i++) {
                TimelineLayout.Item it = l.items().get(i);
                if (edges.clipped()[i - range[0]] != atEdge) {
                    continue;
                }
                boolean marker = Math.hypot(it.x() - x, it.y() - y) <= it.r();
                boolean label = it.label() != null && (it.label().box().contains(x, y)
                        || it.label().leader().map(line -> LayoutHits.distance(line, x, y) <= LayoutHits.LINE_HALF)
                                .orElse(false));
                if (marker || label) {
                    top = model(it);
                }
            }
            for (int k = 0; k < l.badges().size(); k++) {
                TimelineLayout.Badge b = l.badges().get(k);
                if (edges.badges()[k] == atEdge && (b.box().contains(x, y)
                        || b.leader().map(line -> LayoutHits.distance(line, x, y) <= LayoutHits.LINE_HALF)
                                .orElse(false))) {
                    top = badge(l, b);
                }
            }
        }
        return top;
    }

    /** What a click at a point does, as TimelineGestures decides it: a model first, else a badge. */
    private static String clicked(TimelineLayout l, double x, double y) {
        return l.modelAt(x, y).map(TimelineHitTest::model)
                .orElseGet(() -> l.badgeAt(x, y).map(b -> badge(l, b)).orElse(null));
    }

    /**
     * Every probe picks what is drawn on top of it; returns the probes off leaders that found
     * something else drawn over the thing probed. (Two leaders may share a stretch of line, DDIM's
     * and Guided diffusion's in the vertical layout: a click there picks the one painted last.)
     */
    private static List<String> assertClicksPickWhatIsOnTop(TimelineLayout l) {
        List<Probe> probes = probes(l);
        assertThat(probes).as("probes").hasSizeGreaterThan(20);
        List<String> covered = new ArrayList<>();
        for (Probe p : probes) {
            String top = drawnOnTop(l, p.x(), p.y());
            assertThat(top).as("something drawn at %.1f,%.1f on %s", p.x(), p.y(), p.target()).isNotNull();
            assertThat(clicked(l, p.x(), p.y())).as("click at %.1f,%.1f on %s", p.x(), p.y(), p.target())
                    .isEqualTo(top);
            if (!top.equals(p.target()) && !p.onLeader()) {
                covered.add(String.format("%s at %.1f,%.1f under %s", p.target(), p.x(), p.y(), top));
            }
        }
        return covered;
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void aClickOnAMarkerLabelLeaderOrBadgePicksIt(Orientation o) {
        TimelineLayout l = settled(o);
        LayoutChecks.assertLegible(l);
        assertThat(l.items().stream().filter(it -> it.label() != null && it.label().leader().isPresent()))
                .as("labels with leaders").hasSizeGreaterThan(10);
        // A legible layout has nothing over anything else: every probe picks what it is on (a
        // leader's line may be shared with another leader: there, the one painted last).
        assertThat(assertClicksPickWhatIsOnTop(l)).isEmpty();
    }

    /**
     * A pan inside the linear years moves everything by one shift: every label, marker and badge
     * is clicked where it is drawn now, and nothing comes over anything else.
     */
    @ParameterizedTest
    @EnumSource(Orientation.class)
    void afterAPanStepClicksPickWhatHasMovedThere(Orientation o) {
        TimelineLayout recent = TimelineLayout.compute(settled(o).spec().withRange(2019, 2023));
        TimelineLayout panned = LayoutRemap.toRange(recent, 2019.3, 2023.3);
        double shift = -0.3 * recent.axis().pixelsPerYear();
        int moved = 0;
        for (TimelineLayout.Item now : panned.items()) {
            TimelineLayout.Item was = recent.item(now.model().id()).orElseThrow();
            Box b = was.label() == null ? null : was.label().box();
            double x = b == null ? 0 : o == Orientation.VERTICAL ? b.centerX() : b.centerX() + shift;
            double y = b == null ? 0 : o == Orientation.VERTICAL ? b.centerY() + shift : b.centerY();
            if (now.label() != null && panned.plot().contains(x, y)) {
                assertThat(panned.modelAt(x, y)).as("label of %s moved", was.model().id())
                        .map(it -> it.model().id()).contains(was.model().id());
                moved++;
            }
        }
        assertThat(moved).as("labels moved").isGreaterThan(30);
        assertThat(assertClicksPickWhatIsOnTop(panned)).isEmpty();
    }

    /**
     * Across the compressed foundations a pan also rescales the years after the knee, and a zoom
     * step keeps each label's offset to its marker: labels come over other labels and markers,
     * and a click picks what is painted on top.
     */
    @ParameterizedTest
    @EnumSource(Orientation.class)
    void inAGesturesRemappedFramesClicksPickWhatIsOnTop(Orientation o) {
        TimelineLayout full = settled(o);
        double span = full.axis().end() - full.axis().start();
        assertClicksPickWhatIsOnTop(LayoutRemap.toRange(full, full.axis().start() + span * 0.04,
                full.axis().end() + span * 0.04));
        assertClicksPickWhatIsOnTop(LayoutRemap.toRange(full, full.axis().start() + span * 0.2,
                full.axis().end() - span * 0.2));
    }

    /** A copy of a layout with other items and badges (the constructor the builder uses). */
    private static TimelineLayout with(TimelineLayout l, List<TimelineLayout.Item> items,
            List<TimelineLayout.Badge> badges) {
        return new TimelineLayout(l.spec(), l.plot(), l.axis(), l.lanes(), items, badges, l.eraBands(),
                l.axisLabels(), l.gridLines(), l.legend(), l.legendTitle(), l.legendTitleText(), l.emptyText(),
                l.fontSize(), l.reach(), true);
    }

    /**
     * Things drawn over each other (as a gesture's remapped frames draw them): a badge over a label
     * opens the badge, a later model's label over an earlier marker picks the label's model, and
     * of two badges over each other the one on top opens.
     */
    @Test
    void whereTwoOverlapTheOnePaintedOnTopWins() {
        TimelineLayout l = settled(Orientation.VERTICAL);
        int[] range = l.visibleRange();
        List<TimelineLayout.Item> items = new ArrayList<>(l.items());
        // an earlier model with a long label right beside its marker, a later one a little below it
        int a = -1;
        int b = -1;
        for (int i = range[0]; i < range[1] && b < 0; i++) {
            TimelineLayout.Item it = items.get(i);
            boolean beside = it.label() != null && it.label().leader().isEmpty() && it.label().box().x() > it.x();
            if (a < 0 && beside && it.label().box().w() > 100) {
                a = i;
            } else if (a >= 0 && beside && it.time() > items.get(a).time() && it.y() - items.get(a).y() < 60) {
                b = i;
            }
        }
        assertThat(b).as("two labelled models").isPositive();
        TimelineLayout.Item early = items.get(a);
        TimelineLayout.Item late = items.get(b);
        // the later model's label laid over the earlier one's marker, from its left
        Box name = late.label().box();
        Box over = new Box(early.x() + 4 - name.w(), early.y() - name.h() / 2, name.w(), name.h());
        items.set(b, new TimelineLayout.Item(late.model(), late.laneId(), late.lane(), late.time(), late.x(), late.y(),
                late.r(), late.dimmed(), new TimelineLayout.Label(late.label().text(), over, Optional.empty(),
                        late.label().fontSize()), -1, false));
        // a badge over the earlier model's label, and another over that badge's right half
        Box e = early.label().box();
        Box on = new Box(e.centerX() - 20, e.y(), 40, e.h());
        List<TimelineLayout.Badge> badges = List.of(
                new TimelineLayout.Badge(List.of(early.model()), on, "+1", early.laneId(), early.time(), early.time(),
                        Optional.empty()),
                new TimelineLayout.Badge(List.of(late.model()), new Box(on.centerX(), on.y(), 40, on.h()), "+1",
                        late.laneId(), late.time(), late.time(), Optional.empty()));
        TimelineLayout crafted = with(l, items, badges);

        assertThat(drawnOnTop(crafted, early.x(), early.y())).isEqualTo(model(late));
        assertThat(clicked(crafted, early.x(), early.y())).as("the label over a marker").isEqualTo(model(late));
        assertThat(clicked(crafted, on.x() + 5, on.centerY())).as("a badge over a label")
                .isEqualTo(badge(crafted, badges.get(0)));
        assertThat(clicked(crafted, on.centerX() + 10, on.centerY())).as("the upper of two badges")
                .isEqualTo(badge(crafted, badges.get(1)));
        assertThat(clicked(crafted, e.x() + 2, e.centerY())).as("the label beside them").isEqualTo(model(early));
    }
}
