package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.importer.EpochImport;
import org.genaitimeline.importer.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An imported catalog at 1920x1080: the bundled catalog with the three Epoch excerpts of the
 * test resources imported (src/test/resources/epoch: 111 rows of Epoch AI's "Notable AI Models",
 * CC BY 4.0), from the foundations to 2025. Lanes get room by what they hold, so the labels fit
 * but a few; same-date markers fan out, none piled on another; a range shows its models whole.
 */
class EpochExcerptLayoutTest {

    private static Catalog imported;

    @BeforeAll
    static void importTheExcerpts() throws Exception {
        imported = excerptsImported();
    }

    /** The bundled catalog with the attributed Epoch excerpts of the test resources imported. */
    static Catalog excerptsImported() throws Exception {
        Catalog c = new CatalogLoader().loadBundled().catalog().orElseThrow();
        for (String name : List.of("notable-excerpt.csv", "family-rules.csv", "foundations-rules.csv")) {
            Path csv = Path.of(EpochExcerptLayoutTest.class.getResource("/epoch/" + name).toURI());
            c = new EpochImport().importFile(csv, c, Progress.NONE, () -> false).catalog().orElseThrow();
        }
        return c;
    }

    private static TimelineLayout layout(Orientation o, double scale, double[] range) {
        return layout(imported, o, scale, range);
    }

    /** A catalog's timeline at 1920x1080 (also for other imported catalogs' tests). */
    static TimelineLayout layout(Catalog catalog, Orientation o, double scale, double[] range) {
        return TimelineLayout.compute(new TimelineSpec(catalog.models(), Set.of(), catalog.eras(), o, 1920, 1080,
                range[0], range[1], Language.EN, scale, new CachingTextMeasure(TextMeasure.approximate()), true, 1));
    }

    private static double[] fit() {
        return TimelineSpec.fitRange(imported.models(), imported.eras());
    }

    /**
     * The bounds are what the layout hides, measured (approximate text measure; 169 models): 0, 1,
     * 2 and 2, then 3 for horizontal at 1.3 with the label work of ADR 0019. Lanes asking for at most twice what their labels can use keep them; at 1.5 times
     * the label scale 1.3 cases hid 4 and 5.
     */
    @ParameterizedTest(name = "{0} x{1}: at most {2} hidden")
    @CsvSource({"VERTICAL, 1.0, 0", "HORIZONTAL, 1.0, 1", "VERTICAL, 1.3, 2", "HORIZONTAL, 1.3, 3"})
    void fewModelsHideInBadges(Orientation o, double scale, int most) {
        TimelineLayout l = layout(o, scale, fit());
        LayoutChecks.assertLegible(l);
        assertThat(l.hiddenInBadges()).as("models hidden in badges").isLessThanOrEqualTo(most);
        assertNoMarkerCoversAnother(l);
    }

    /**
     * The excerpt's lanes have room for their fans: no drawn marker overlaps another, the
     * foundations included (a folded one is not drawn: it stands in its crowd's badge).
     */
    static void assertNoMarkerCoversAnother(TimelineLayout l) {
        List<TimelineLayout.Item> items = l.items().stream().filter(TimelineLayout.Item::drawn).toList();
        for (int i = 0; i < items.size(); i++) {
            TimelineLayout.Item a = items.get(i);
            for (int j = i + 1; j < items.size(); j++) {
                TimelineLayout.Item b = items.get(j);
                double apart = Math.max(Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
                assertThat(a.lane() == b.lane() && apart < 2 * a.r() - 1)
                        .as("%s covers %s", a.model().id(), b.model().id()).isFalse();
            }
        }
    }

    /**
     * A slide of 2021-2023: every model drawn lies wholly inside the plot, none cut by its edge
     * (CLIP and DALL·E on the range's first days, VQ-GAN just before it), each labelled or in a
     * badge; a lane with no model in the range takes no more than a marker's width.
     */
    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void aRangeDrawsItsModelsWholeAndEmptyLanesThin(Orientation o) {
        TimelineLayout l = layout(o, 1.0, new double[] {2021, 2024});
        assertRangeDrawsItsModelsWholeAndEmptyLanesThin(l);
        int[] range = l.visibleRange();
        List<String> drawn = l.items().subList(range[0], range[1]).stream().map(it -> it.model().id()).toList();
        assertThat(drawn).contains("dall-e").doesNotContain("vq-gan");
    }

    /** Every model in the range whole inside the plot and labelled or in a badge; empty lanes a marker wide. */
    static void assertRangeDrawsItsModelsWholeAndEmptyLanesThin(TimelineLayout l) {
        int[] range = l.visibleRange();
        assertThat(range[1]).isGreaterThan(range[0]);
        for (int i = range[0]; i < range[1]; i++) {
            TimelineLayout.Item it = l.items().get(i);
            Box marker = Box.around(it.x(), it.y(), MarkerShape.ofId(it.laneId()).halfSize(it.r()) + 1);
            assertThat(l.plot().encloses(marker)).as("%s whole inside the plot", it.model().id()).isTrue();
            assertThat(it.label() != null || it.badge() >= 0).as("%s labelled", it.model().id()).isTrue();
        }
        for (Lane lane : l.lanes()) {
            boolean empty = l.items().subList(range[0], range[1]).stream().noneMatch(it -> it.lane() == lane.index());
            if (empty) {
                assertThat(lane.size()).as("empty lane %s", lane.id()).isLessThanOrEqualTo(2 * LayoutBuilder.RADIUS + 7);
            }
        }
        assertThat(l.lanes()).anyMatch(lane -> lane.size() <= 2 * LayoutBuilder.RADIUS + 7);
    }
}
