package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape of a large Epoch import (ADR 0022): the bundled catalog and 240 models of the Other
 * lane before 2014, most of them in its last years, as the shared sample has, all in the
 * compressed foundations. Their lane cannot hold them across, so the markers it cannot fan out
 * fold into one badge in the middle of the crowd; none is drawn over another.
 */
class FoundationsCrowdTest {

    private static List<Model> models;
    private static Catalog bundled;

    @BeforeAll
    static void catalog() {
        bundled = new CatalogLoader().loadBundled().catalog().orElseThrow();
        models = new ArrayList<>(bundled.models());
        Random random = new Random(22);
        for (int i = 0; i < 240; i++) {
            // Three in four between 2008 and 2013, the rest back to 1957: dense where deep learning began.
            int year = i % 4 == 0 ? 1957 + random.nextInt(51) : 2008 + random.nextInt(6);
            models.add(TestModels.model("early-" + i, String.format("%d-%02d", year, 1 + random.nextInt(12)),
                    Family.OTHER));
        }
    }

    private static TimelineLayout layout(Orientation o, double[] range) {
        return TimelineLayout.compute(new TimelineSpec(models, Set.of(), bundled.eras(), o, 1920, 1080, range[0],
                range[1], Language.EN, 1.0, new CachingTextMeasure(TextMeasure.approximate()), true, 1));
    }

    private static double[] fit() {
        return TimelineSpec.fitRange(models, bundled.eras());
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void theFoundationsCrowdFoldsIntoOneBadgeInItsMiddle(Orientation o) {
        TimelineLayout l = layout(o, fit());
        LayoutChecks.assertLegible(l);
        List<TimelineLayout.Item> folded = l.items().stream().filter(it -> !it.drawn()).toList();
        assertThat(folded).as("folded markers").isNotEmpty();
        assertThat(folded).allMatch(it -> it.laneId().equals("other") && it.time() < 2014);
        TimelineLayout.Badge crowd = l.badges().get(folded.get(0).badge());
        assertThat(folded).as("one crowd").allMatch(it -> it.badge() == folded.get(0).badge());
        assertThat(crowd.memberIds()).containsExactlyInAnyOrderElementsOf(folded.stream().map(it -> it.model().id())
                .toList());
        assertThat(crowd.text()).isEqualTo("+" + folded.size());
        // Inside its lane and in the compressed foundations, between the crowd's first and last marker.
        Lane other = l.lanes().stream().filter(x -> x.id().equals("other")).findFirst().orElseThrow();
        Box b = crowd.box();
        boolean vertical = o == Orientation.VERTICAL;
        assertThat(vertical ? b.x() : b.y()).isGreaterThanOrEqualTo(other.start());
        assertThat(vertical ? b.maxX() : b.maxY()).isLessThanOrEqualTo(other.end());
        double along = vertical ? b.centerY() : b.centerX();
        assertThat(along).isBetween(l.axis().forward(crowd.fromTime()), l.axis().forward(crowd.toTime()));
        assertThat(l.axis().backward(along)).isLessThan(2014);
        // The drawn markers of the crowd still show that it is there.
        long drawnEarly = l.items().stream().filter(it -> it.drawn() && it.laneId().equals("other")).count();
        assertThat(drawnEarly).isGreaterThan(20);
        // No model of the book's lanes folds: they are not crowded.
        assertThat(l.items()).filteredOn(it -> !it.laneId().equals("other")).allMatch(TimelineLayout.Item::drawn);
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void zoomedIntoTheFoundationsTheCrowdUnfolds(Orientation o) {
        int foldedAtFit = (int) layout(o, fit()).items().stream().filter(it -> !it.drawn()).count();
        // What opening the badge does (ModelSight zooms to its span): the knee leaves the view.
        TimelineLayout zoomed = layout(o, new double[] {2008, 2014});
        LayoutChecks.assertLegible(zoomed);
        int[] range = zoomed.visibleRange();
        long foldedZoomed = zoomed.items().subList(range[0], range[1]).stream().filter(it -> !it.drawn()).count();
        assertThat(foldedZoomed).isLessThan(foldedAtFit / 4);
    }

    /** In an SVG a folded model has no group of its own; its crowd's badge names it among its members. */
    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void theSvgListsFoldedModelsInTheirBadge(Orientation o) {
        TimelineLayout l = layout(o, fit());
        SvgSurface svg = new SvgSurface(1920, 1080, 1, new CachingTextMeasure(TextMeasure.approximate()));
        TimelinePainter.paint(svg, l, org.genaitimeline.theme.Palette.of(org.genaitimeline.theme.Theme.LIGHT));
        String text = svg.toSvg();
        List<String> folded = l.items().stream().filter(it -> !it.drawn()).map(it -> it.model().id()).toList();
        assertThat(folded).isNotEmpty();
        for (String id : folded) {
            assertThat(text).doesNotContain("<g data-id=\"" + id + "\">");
        }
        Matcher m = Pattern.compile("<g class=\"badge\" data-members=\"([^\"]*)\"").matcher(text);
        List<String> members = new ArrayList<>();
        while (m.find()) {
            members.addAll(List.of(m.group(1).split(" ")));
        }
        assertThat(members).containsAll(folded);
        int[] range = l.visibleRange();
        long drawn = l.items().subList(range[0], range[1]).stream().filter(TimelineLayout.Item::drawn).count();
        assertThat(Pattern.compile("<g data-id=").matcher(text).results().count()).isEqualTo(drawn);
    }
}
