package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TextBaselines;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An SVG export carries the figure's structure: each shown model is one {@code <g data-id>}
 * with a {@code <title>} of its name holding its marker, label and leader, so a slide editor
 * moves it as one piece; and the geometry read back from the file has no overlaps.
 */
class TimelineSvgStructureTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();

    private record Group(String id, Box marker, Box label) {
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL,1600,1000", "HORIZONTAL,1600,1000", "VERTICAL,1029,954"})
    void everyShownModelIsOneTitledGroupAndNothingOverlaps(Orientation o, int w, int h) throws Exception {
        FigureRequest req = FigureRequest.of(CATALOG, CATALOG.models(), Language.EN, Palette.of(Theme.LIGHT))
                .withTimeline(TimelineOptions.DEFAULT.withOrientation(o));
        TimelineRenderer renderer = new TimelineRenderer();
        String svg = FigureFiles.svg(w, h, 1, s -> renderer.paint(s, req));
        TimelineLayout layout = FxPlatform.call(() -> renderer.layout(new SvgSurface(w, h, 1, new FxTextMeasure()), req));
        Set<String> shown = new HashSet<>();
        int[] range = layout.visibleRange();
        for (int i = range[0]; i < range[1]; i++) {
            shown.add(layout.items().get(i).model().id());
        }

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<Group> groups = FxPlatform.call(() -> groups(doc, new FxTextMeasure()));
        assertThat(groups).extracting(Group::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(shown);
        for (int i = 0; i < groups.size(); i++) {
            Group a = groups.get(i);
            for (int j = 0; j < groups.size(); j++) {
                Group b = groups.get(j);
                if (i == j || a.label() == null) {
                    continue;
                }
                assertThat(a.label().intersects(b.marker())).as("label of %s covers the marker of %s", a.id(),
                        b.id()).isFalse();
                assertThat(j > i && b.label() != null && a.label().intersects(b.label()))
                        .as("labels of %s and %s overlap", a.id(), b.id()).isFalse();
            }
        }
    }

    /** Each data-id group: its title is checked, its marker's extent and its label's box read back. */
    private static List<Group> groups(Document doc, TextMeasure measure) {
        List<Group> out = new ArrayList<>();
        for (Element g : BookFigureSvgTest.modelGroups(doc)) {
            String id = g.getAttribute("data-id");
            Element title = firstChild(g, "title");
            assertThat(title).as("%s has a title", id).isNotNull();
            assertThat(title.getTextContent()).as("title of %s", id)
                    .isEqualTo(CATALOG.model(id).orElseThrow().name());
            out.add(new Group(id, markerExtent(g), labelBox(firstChild(g, "text"), measure)));
        }
        return out;
    }

    static Box markerExtent(Element g) {
        double[] e = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el) || "none".equals(el.getAttribute("fill"))) {
                continue;
            }
            switch (el.getTagName()) {
                case "circle" -> {
                    double cx = num(el, "cx");
                    double cy = num(el, "cy");
                    double r = num(el, "r");
                    grow(e, cx - r, cy - r);
                    grow(e, cx + r, cy + r);
                }
                case "rect" -> {
                    grow(e, num(el, "x"), num(el, "y"));
                    grow(e, num(el, "x") + num(el, "width"), num(el, "y") + num(el, "height"));
                }
                case "polygon" -> {
                    for (String p : el.getAttribute("points").split(" ")) {
                        String[] xy = p.split(",");
                        grow(e, Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
                    }
                }
                default -> {
                }
            }
        }
        return new Box(e[0], e[1], e[2] - e[0], e[3] - e[1]);
    }

    /**
     * The box the layout gave the label: the text starts 1 px in and is centred on its box, as
     * high as its glyphs ({@link LaneLabels#LABEL_LINE}), not the font's whole line; the SVG
     * gives its baseline, which sits {@link TextBaselines#emOffset} below that centre.
     */
    static Box labelBox(Element text, TextMeasure measure) {
        if (text == null) {
            return null;
        }
        double size = num(text, "font-size");
        double lineH = Math.min(measure.lineHeight(size), size * LaneLabels.LABEL_LINE);
        double w = measure.width(text.getTextContent(), size, "bold".equals(text.getAttribute("font-weight")));
        double centre = num(text, "y") - size * TextBaselines.emOffset(VPos.CENTER);
        return new Box(num(text, "x") - 1, centre - lineH / 2, w + 2, lineH);
    }

    static Element firstChild(Element g, String tag) {
        for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                return el;
            }
        }
        return null;
    }

    private static void grow(double[] e, double x, double y) {
        e[0] = Math.min(e[0], x);
        e[1] = Math.min(e[1], y);
        e[2] = Math.max(e[2], x);
        e[3] = Math.max(e[3], y);
    }

    static double num(Element el, String attr) {
        return Double.parseDouble(el.getAttribute(attr));
    }
}
