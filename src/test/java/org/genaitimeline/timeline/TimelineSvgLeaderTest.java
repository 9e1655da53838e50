package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The leaders of an SVG export, read back from the file as a slide editor sees them: each
 * {@code <g data-id>}'s {@code <line>} (straight) or open three-point {@code <polyline>}
 * (stepped) crosses no other model's marker or label nor runs along another marker's edge, and
 * none runs longer than 6.5 lines of the figure's text. The exports are the command line's: 1600x1000 light (its default) and
 * 1920x1080 projector, both orientations, both languages.
 */
class TimelineSvgLeaderTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();

    private record Group(String id, Box marker, Box label, List<double[]> leaders, double fontSize) {
    }

    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3} {4}")
    @CsvSource({"EN,VERTICAL,1600,1000,LIGHT", "EN,HORIZONTAL,1600,1000,LIGHT", "ZH,VERTICAL,1600,1000,LIGHT",
        "EN,VERTICAL,1920,1080,PROJECTOR", "EN,HORIZONTAL,1920,1080,PROJECTOR", "ZH,VERTICAL,1920,1080,PROJECTOR",
        "ZH,HORIZONTAL,1920,1080,PROJECTOR"})
    void noLeaderCrossesAnotherModelOrRunsLong(Language lang, Orientation o, int w, int h, Theme theme)
            throws Exception {
        FigureRequest req = FigureRequest.of(CATALOG, CATALOG.models(), lang, Palette.of(theme))
                .withTimeline(TimelineOptions.DEFAULT.withOrientation(o));
        TimelineRenderer renderer = new TimelineRenderer();
        String svg = FigureFiles.svg(w, h, 1, s -> renderer.paint(s, req));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<Group> groups = FxPlatform.call(() -> groups(doc, new FxTextMeasure()));
        int leaders = 0;
        for (Group a : groups) {
            for (int k = 0; k < a.leaders().size(); k++) {
                double[] seg = a.leaders().get(k);
                double[] away = k == 0 ? leftOwnMarker(seg) : seg;
                leaders++;
                for (Group b : groups) {
                    if (b == a) {
                        continue;
                    }
                    assertThat(b.marker().crossedBy(seg[0], seg[1], seg[2], seg[3]))
                            .as("leader of %s crosses the marker of %s", a.id(), b.id()).isFalse();
                    // Imagen's leader once ran along Midjourney's marker: past its first pixels
                    // (leaving a fan whose markers stand 1 px apart) a leader keeps off the others.
                    assertThat(b.marker().inflate(0.5).crossedBy(away[0], away[1], away[2], away[3]))
                            .as("leader of %s runs along the marker of %s", a.id(), b.id()).isFalse();
                    assertThat(b.label() != null && b.label().crossedBy(seg[0], seg[1], seg[2], seg[3]))
                            .as("leader of %s crosses the label of %s", a.id(), b.id()).isFalse();
                }
            }
            double length = a.leaders().stream().mapToDouble(s -> Math.hypot(s[2] - s[0], s[3] - s[1])).sum();
            // The label's own size may be a step down: the cap is in lines of the figure's size, the largest.
            double most = groups.stream().mapToDouble(Group::fontSize).max().orElse(0);
            assertThat(length).as("leader of %s", a.id())
                    .isLessThanOrEqualTo(LabelSizes.LEADER_LINES * TextMeasure.approximate().lineHeight(most) + 1);
        }
        assertThat(leaders).as("leaders in the export").isPositive();
    }

    /** A leader's first leg without its first 4 px, where it leaves its own marker (LabelPlacer.LEAVING). */
    private static double[] leftOwnMarker(double[] seg) {
        double len = Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
        double f = len == 0 ? 0 : Math.min(1, 4.0 / len);
        return new double[] {seg[0] + (seg[2] - seg[0]) * f, seg[1] + (seg[3] - seg[1]) * f, seg[2], seg[3]};
    }

    private static List<Group> groups(Document doc, TextMeasure measure) {
        List<Group> out = new ArrayList<>();
        for (Element g : BookFigureSvgTest.modelGroups(doc)) {
            Element text = TimelineSvgStructureTest.firstChild(g, "text");
            out.add(new Group(g.getAttribute("data-id"), TimelineSvgStructureTest.markerExtent(g),
                    TimelineSvgStructureTest.labelBox(text, measure), leaders(g),
                    text == null ? 0 : TimelineSvgStructureTest.num(text, "font-size")));
        }
        return out;
    }

    /** The group's leader segments: a line, or the two legs of an open three-point polyline. */
    private static List<double[]> leaders(Element g) {
        List<double[]> out = new ArrayList<>();
        for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el)) {
                continue;
            }
            if (el.getTagName().equals("line")) {
                out.add(new double[] {TimelineSvgStructureTest.num(el, "x1"), TimelineSvgStructureTest.num(el, "y1"),
                    TimelineSvgStructureTest.num(el, "x2"), TimelineSvgStructureTest.num(el, "y2")});
            } else if (el.getTagName().equals("polyline")) {
                String[] pts = el.getAttribute("points").trim().split(" ");
                if (pts.length == 3 && !pts[0].equals(pts[2])) {
                    for (int k = 0; k < 2; k++) {
                        String[] p = pts[k].split(",");
                        String[] q = pts[k + 1].split(",");
                        out.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                            Double.parseDouble(q[0]), Double.parseDouble(q[1])});
                    }
                }
            }
        }
        return out;
    }
}
