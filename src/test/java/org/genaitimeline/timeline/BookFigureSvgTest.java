package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Figure 14-1 in book figure mode, read back from the SVG export: the printed title, the
 * legend block with one entry per model type, the chapter's caption; circles for every type
 * in the Book theme; and, in every theme, year lines drawn heavier than quarter lines.
 */
class BookFigureSvgTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private static final List<String> FIGURE_TYPES = Arrays.stream(Family.values()).filter(Family::inFigure)
            .map(Family::id).toList();

    /** Exports start the toolkit through FxPlatform; TestFX must own it first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Document svg(FigureRequest request, int w, int h) throws Exception {
        String svg = FigureFiles.svg(w, h, 1, s -> new TimelineRenderer().paint(s, request));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static FigureRequest book(Language language, Theme theme) {
        return FigureRequest.of(CATALOG, CATALOG.models(), language, Palette.of(theme))
                .withTimeline(TimelineOptions.DEFAULT.withOrientation(Orientation.VERTICAL).withBookFigureOnly(true));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBookFigureHasThePrintedTitleLegendAndTheChaptersCaption(Language language) throws Exception {
        Messages m = Messages.of(language);
        Document doc = svg(book(language, Theme.BOOK), 1600, 2100);

        assertThat(texts(group(doc, "title"))).containsExactly(m.get("figure.book.14-1.title"));

        Element legend = group(doc, "figure-legend");
        assertThat(legend.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(m.get("figure.book.legend"));
        List<Element> entries = groups(legend, "legend-entry");
        assertThat(entries).hasSize(FIGURE_TYPES.size());
        for (int i = 0; i < entries.size(); i++) {
            String type = FIGURE_TYPES.get(i);
            assertThat(entries.get(i).getAttribute("class")).as("entry %d", i).endsWith("family-" + type);
            assertThat(texts(entries.get(i))).containsExactly(m.get("family." + type));
            // The swatch is in the type's colour.
            assertThat(((Element) entries.get(i).getElementsByTagName("rect").item(0)).getAttribute("fill"))
                    .isEqualToIgnoringCase(hex(Palette.of(Theme.BOOK).familyById(type)));
        }

        // The caption may wrap over lines; joined again it is the chapter's caption with its note.
        String caption = String.join(language == Language.ZH ? "" : " ", texts(group(doc, "caption")));
        assertThat(caption).isEqualTo(m.get("figure.book.14-1.caption"));
        assertThat(caption).contains("LSTM").contains(language == Language.ZH ? "玻尔兹曼机" : "Boltzmann machines");
        // The layout's own legend row gives way to the printed block.
        assertThat(groups(doc.getDocumentElement(), "legend")).isEmpty();
    }

    @Test
    void withoutBookFigureModeThereIsNoPrintedFrame() throws Exception {
        Document doc = svg(FigureRequest.of(CATALOG, CATALOG.models(), Language.EN, Palette.of(Theme.BOOK)), 1600,
                2100);
        assertThat(groups(doc.getDocumentElement(), "figure-legend")).isEmpty();
        assertThat(groups(doc.getDocumentElement(), "caption")).isEmpty();
        assertThat(groups(doc.getDocumentElement(), "title")).isEmpty();
    }

    @Test
    void everyMarkerIsACircleInTheBookThemeButNotInLight() throws Exception {
        List<Element> book = modelGroups(svg(book(Language.EN, Theme.BOOK), 1600, 2100));
        assertThat(book).hasSizeGreaterThan(50);
        for (Element g : book) {
            assertThat(g.getElementsByTagName("polygon").getLength()).as(g.getAttribute("data-id")).isZero();
            assertThat(g.getElementsByTagName("circle").getLength()).as(g.getAttribute("data-id")).isPositive();
        }
        // The check can fail: the Light theme draws polygons for most types.
        List<Element> light = modelGroups(svg(book(Language.EN, Theme.LIGHT), 1600, 2100));
        assertThat(light.stream().filter(g -> g.getElementsByTagName("polygon").getLength() > 0)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = "BOOK", mode = EnumSource.Mode.EXCLUDE)
    void yearLinesAreDrawnHeavierThanQuarterLines(Theme theme) throws Exception {
        // Two and a half years across 1600 px: quarter ticks between the years.
        FigureRequest r = FigureRequest.of(CATALOG, CATALOG.models(), Language.EN, Palette.of(theme))
                .withTimeline(TimelineOptions.DEFAULT.withOrientation(Orientation.HORIZONTAL).withRange(2019.6, 2022.1));
        Document doc = svg(r, 1600, 1000);
        TimelineLayout layout = FxPlatform.call(
                () -> new TimelineRenderer().layout(new SvgSurface(1600, 1000, 1, new FxTextMeasure()), r));
        List<Double> year = new ArrayList<>();
        List<Double> quarter = new ArrayList<>();
        NodeList lines = group(doc, "grid").getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            double x1 = Double.parseDouble(line.getAttribute("x1"));
            if (x1 != Double.parseDouble(line.getAttribute("x2"))) {
                continue; // a lane line, across time
            }
            double t = layout.axis().backward(x1);
            double width = Double.parseDouble(line.getAttribute("stroke-width"));
            (Math.abs(t - Math.rint(t)) < 0.01 ? year : quarter).add(width);
        }
        assertThat(year).hasSize(3); // 2020, 2021, 2022
        assertThat(quarter).hasSizeGreaterThanOrEqualTo(6);
        assertThat(year.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isGreaterThan(quarter.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    @Test
    void theBookThemeDrawsYearLinesOnlyAsThePrintDoes() throws Exception {
        Document doc = svg(book(Language.EN, Theme.BOOK), 1600, 2100);
        NodeList lines = group(doc, "grid").getElementsByTagName("line");
        List<String> widths = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("y1").equals(line.getAttribute("y2"))) {
                widths.add(line.getAttribute("stroke-width"));
            }
        }
        // One line a year from 2014 to 2023, all alike; quarter lines would make some forty.
        assertThat(widths).hasSizeBetween(9, 12);
        assertThat(widths.stream().distinct()).hasSize(1);
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The document's {@code <g data-id>} elements, one per shown model. */
    static List<Element> modelGroups(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.hasAttribute("data-id")) {
                out.add(g);
            }
        }
        return out;
    }

    private static Element group(Document doc, String cssClass) {
        List<Element> found = groups(doc.getDocumentElement(), cssClass);
        assertThat(found).as("one <g class=%s>", cssClass).hasSize(1);
        return found.get(0);
    }

    /** The groups under {@code root} whose first class is {@code cssClass}. */
    private static List<Element> groups(Element root, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList gs = root.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("class").split(" ")[0].equals(cssClass)) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<String> texts(Element g) {
        List<String> out = new ArrayList<>();
        NodeList ts = g.getElementsByTagName("text");
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }
}
