package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.genaitimeline.timeline.OverviewScale.Hit;
import org.genaitimeline.timeline.OverviewScale.Range;
import org.junit.jupiter.api.Test;

class OverviewScaleTest {

    /** 2000 to 2020 over 1000 px from x = 10: 50 px a year. */
    private final OverviewScale scale = new OverviewScale(2000, 2020, 2000, 10, 1000);

    private static void assertRange(Range r, double start, double end) {
        assertThat(r.start()).isCloseTo(start, within(1e-9));
        assertThat(r.end()).isCloseTo(end, within(1e-9));
    }

    @Test
    void yearsAndPixelsMapBothWays() {
        assertThat(scale.toPixel(2000)).isEqualTo(10);
        assertThat(scale.toPixel(2010)).isEqualTo(510);
        assertThat(scale.toYear(1010)).isEqualTo(2020);
        assertThat(scale.toYear(scale.toPixel(2013.25))).isCloseTo(2013.25, within(1e-9));
    }

    @Test
    void theWindowIsTheVisibleRangeCutToTheStrip() {
        assertRange(scale.window(new Range(2010, 2012)), 510, 610);
        assertRange(scale.window(new Range(1990, 2030)), 10, 1010);
    }

    @Test
    void pressesFindTheEdgesTheWindowAndOutside() {
        Range visible = new Range(2010, 2012);
        assertThat(scale.hit(visible, 508)).isEqualTo(Hit.START_EDGE);
        assertThat(scale.hit(visible, 613)).isEqualTo(Hit.END_EDGE);
        assertThat(scale.hit(visible, 560)).isEqualTo(Hit.WINDOW);
        assertThat(scale.hit(visible, 300)).isEqualTo(Hit.OUTSIDE);
    }

    @Test
    void draggingTheWindowPansByTheDraggedYearsKeepingTheSpan() {
        assertRange(scale.pan(new Range(2010, 2012), 100), 2012, 2014);
        assertRange(scale.pan(new Range(2010, 2012), -75), 2008.5, 2010.5);
    }

    @Test
    void panningStopsAtTheEndsOfTheData() {
        assertRange(scale.pan(new Range(2010, 2012), 2000), 2018, 2020);
        assertRange(scale.pan(new Range(2010, 2012), -2000), 2000, 2002);
    }

    @Test
    void draggingAnEdgeZoomsButNeverCrossesTheOtherEdge() {
        assertRange(scale.dragEdge(new Range(2010, 2012), Hit.START_EDGE, 260), 2005, 2012);
        assertRange(scale.dragEdge(new Range(2010, 2012), Hit.END_EDGE, 1010), 2010, 2020);
        Range crossed = scale.dragEdge(new Range(2010, 2012), Hit.START_EDGE, 900);
        assertThat(crossed.end()).isEqualTo(2012);
        assertThat(crossed.span()).isCloseTo(RangeMath.MIN_SPAN, within(1e-9));
        assertRange(scale.dragEdge(new Range(2010, 2012), Hit.START_EDGE, -500), 2000, 2012);
    }

    @Test
    void aClickOutsideCentresTheWindowThere() {
        assertRange(scale.centreAt(new Range(2010, 2012), 260), 2004, 2006);
        assertRange(scale.centreAt(new Range(2010, 2012), 12), 2000, 2002);
    }

    @Test
    void theWheelZoomsAroundTheYearUnderThePointer() {
        Range in = scale.zoom(new Range(2010, 2014), 2, 510);
        assertRange(in, 2010, 2012);
        Range out = scale.zoom(new Range(2010, 2014), 0.1, 510);
        assertRange(out, 2000, 2020);
    }

    @Test
    void aRangeWiderThanTheDataIsTheDataSpan() {
        assertRange(scale.clamp(new Range(1950, 2050)), 2000, 2020);
        assertRange(scale.clamp(new Range(2019, 2025)), 2014, 2020);
    }

    @Test
    void theYearsBeforeTheKneeTakeATenthOfTheStripAtMost() {
        OverviewScale compressed = new OverviewScale(1940, 2024, 2014, 0, 1000);
        assertThat(compressed.toPixel(1940)).isEqualTo(0);
        assertThat(compressed.toPixel(2014)).isCloseTo(100, within(1e-9));
        assertThat(compressed.toPixel(2024)).isCloseTo(1000, within(1e-9));
        assertThat(compressed.toYear(compressed.toPixel(1977))).isCloseTo(1977, within(1e-9));
        assertThat(compressed.toYear(compressed.toPixel(2019.5))).isCloseTo(2019.5, within(1e-9));
        // After the knee a pixel is 10 years / 900 px; a drag there pans by as much.
        assertRange(compressed.pan(new Range(2016, 2018), 90), 2017, 2019);
    }

    @Test
    void aKneeThatWouldTakeLessThanATenthLeavesTheStripLinear() {
        OverviewScale mild = new OverviewScale(2010, 2030, 2011, 0, 1000);
        assertThat(mild.toPixel(2011)).isCloseTo(50, within(1e-9));
        assertThat(mild.toPixel(2020)).isCloseTo(500, within(1e-9));
    }
}
