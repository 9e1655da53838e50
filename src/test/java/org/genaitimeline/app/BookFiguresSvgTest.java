package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.VPos;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.export.Cli;
import org.genaitimeline.figure.TextBaselines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The printed figures as the command line exports them, read back from the SVG alone: each
 * model is one {@code <g data-id>} group, its marker's centre says where it is, and the
 * axis labels of the same file say what that position means. Compared with what the book
 * prints, copied into src/test/resources/reference/figure-14-1.tsv and figure-14-3.tsv.
 */
class BookFiguresSvgTest {

    private static final Path REFERENCE = Path.of("src/test/resources/reference");
    private static final List<String> LANE_ORDER = List.of("vae", "gan", "autoregressive", "flow",
            "energy-diffusion", "multimodal");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9.]+");
    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();

    @TempDir
    Path tmp;

    private record Centre(double x, double y) {
    }

    private Document export(String what, String lang, boolean book, int w, int h, String... extra) throws Exception {
        Path out = tmp.resolve(what + "-" + lang + "-" + book + ".svg");
        List<String> args = new ArrayList<>(List.of("--export", what, "--out", out.toString(), "--lang", lang,
                "--width", String.valueOf(w), "--height", String.valueOf(h)));
        if (book) {
            args.add("--book-figure-only");
        }
        args.addAll(List.of(extra));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(FigureRenderers.all(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run(args.toArray(String[]::new));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(out)));
    }

    /** Each model group's marker centre (the middle of its circle or polygon). */
    private static Map<String, Centre> markers(Document doc) {
        Map<String, Centre> out = new LinkedHashMap<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-id")) {
                assertThat(out).as("one group per model").doesNotContainKey(g.getAttribute("data-id"));
                out.put(g.getAttribute("data-id"), centre(g));
            }
        }
        return out;
    }

    private static Centre centre(Element g) {
        NodeList circles = g.getElementsByTagName("circle");
        if (circles.getLength() > 0) {
            Element c = (Element) circles.item(0);
            return new Centre(Double.parseDouble(c.getAttribute("cx")), Double.parseDouble(c.getAttribute("cy")));
        }
        for (String tag : List.of("polygon", "rect", "path")) {
            NodeList shapes = g.getElementsByTagName(tag);
            if (shapes.getLength() > 0) {
                return boxCentre((Element) shapes.item(0));
            }
        }
        throw new AssertionError("group " + g.getAttribute("data-id") + " has no marker");
    }

    private static Centre boxCentre(Element shape) {
        String coords = shape.hasAttribute("points") ? shape.getAttribute("points")
                : shape.hasAttribute("d") ? shape.getAttribute("d")
                : shape.getAttribute("x") + "," + shape.getAttribute("y") + " "
                        + (Double.parseDouble(shape.getAttribute("x")) + Double.parseDouble(shape.getAttribute("width")))
                        + "," + (Double.parseDouble(shape.getAttribute("y")) + Double.parseDouble(shape.getAttribute("height")));
        List<Double> n = new ArrayList<>();
        Matcher m = NUMBER.matcher(coords);
        while (m.find()) {
            n.add(Double.parseDouble(m.group()));
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < n.size(); i += 2) {
            minX = Math.min(minX, n.get(i));
            maxX = Math.max(maxX, n.get(i));
            minY = Math.min(minY, n.get(i + 1));
            maxY = Math.max(maxY, n.get(i + 1));
        }
        return new Centre((minX + maxX) / 2, (minY + maxY) / 2);
    }

    /** Texts of the file that are axis labels matching a pattern, with the x or y of their middle. */
    private static Map<Double, Double> axisLabels(Document doc, Pattern label, boolean x) {
        Map<Double, Double> out = new HashMap<>();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            String s = t.getTextContent().strip();
            if (label.matcher(s).matches()) {
                // A y is the text's baseline: the tick is at the middle of the text, above it.
                double at = x ? Double.parseDouble(t.getAttribute("x"))
                        : Double.parseDouble(t.getAttribute("y"))
                                - Double.parseDouble(t.getAttribute("font-size")) * TextBaselines.emOffset(VPos.CENTER);
                out.put(Double.parseDouble(s.replace(",", "").replace(" 年", "")), at);
            }
        }
        return out;
    }

    /** A straight line through (pixel, value) pairs by least squares; returns {slope, intercept} of value(pixel). */
    private static double[] fit(Map<Double, Double> valueToPixel, boolean logValues) {
        double n = valueToPixel.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Map.Entry<Double, Double> e : valueToPixel.entrySet()) {
            double px = e.getValue();
            double v = logValues ? Math.log10(e.getKey()) : e.getKey();
            sx += px;
            sy += v;
            sxx += px * px;
            sxy += px * v;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {slope, (sy - slope * sx) / n};
    }

    private static List<String[]> reference(String file) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    private static double year(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** Notes a model drawn more than 15 days from the date the print gives it. */
    private static void checkDate(List<String> wrong, String id, double drawnYear, String printed) {
        double days = Math.abs(drawnYear - year(LocalDate.parse(printed))) * 365.25;
        if (days > 15) {
            wrong.add(id + " is " + Math.round(days) + " days from its printed date " + printed);
        }
    }

    @Test
    void theBookTimelineIsThePrintedSeventyOneInTheirLanesAndAtTheirDates() throws Exception {
        List<String[]> printed = reference("figure-14-1.tsv");
        Document doc = export("timeline", "en", true, 1600, 2100);
        Map<String, Centre> drawn = markers(doc);

        assertThat(printed).hasSize(71);
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(printed.stream().map(c -> c[0]).toList());

        // Lanes: every model nearer the middle of its own printed column than to any other, columns in the print's order.
        Map<String, List<Double>> xs = new LinkedHashMap<>();
        printed.forEach(c -> xs.computeIfAbsent(c[2], k -> new ArrayList<>()).add(drawn.get(c[0]).x()));
        Map<String, Double> column = new HashMap<>();
        xs.forEach((lane, list) -> column.put(lane, list.stream().sorted().toList().get(list.size() / 2)));
        List<Double> order = LANE_ORDER.stream().map(column::get).toList();
        assertThat(order).isSorted();
        double[] time = fit(axisLabels(doc, Pattern.compile("20[0-9]{2}"), false), false);
        List<String> wrong = new ArrayList<>();
        for (String[] c : printed) {
            Centre at = drawn.get(c[0]);
            String nearest = column.entrySet().stream()
                    .min((a, b) -> Double.compare(Math.abs(a.getValue() - at.x()), Math.abs(b.getValue() - at.x())))
                    .orElseThrow().getKey();
            if (!nearest.equals(c[2])) {
                wrong.add(c[0] + " is in the " + nearest + " column, printed in " + c[2]);
            }
            checkDate(wrong, c[0], time[0] * at.y() + time[1], c[3]);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBookGrowthChartIsThePrintedTwentyFivePointsAtTheirValues() throws Exception {
        List<String[]> printed = reference("figure-14-3.tsv");
        Document doc = export("growth", "en", true, 2000, 1600);
        Map<String, Centre> drawn = markers(doc);

        assertThat(printed).hasSize(25);
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(printed.stream().map(c -> c[0]).toList());
        Map<Double, Double> yTicks = axisLabels(doc, Pattern.compile("[0-9][0-9,.]*"), false);
        yTicks.keySet().removeIf(v -> v >= 2000); // the year labels under the x axis
        assertThat(yTicks.keySet()).as("the axis ends at the print's 1,000").contains(1000.0)
                .allMatch(v -> v <= 1000);
        double[] size = fit(yTicks, true);
        double[] time = fit(axisLabels(doc, Pattern.compile("20[0-9]{2}"), true), false);
        List<String> wrong = new ArrayList<>();
        for (String[] c : printed) {
            Centre at = drawn.get(c[0]);
            double value = Math.pow(10, size[0] * at.y() + size[1]);
            double expected = Double.parseDouble(c[3]);
            if (Math.abs(value / expected - 1) > 0.02) {
                wrong.add(c[0] + " at " + value + "B, printed " + expected + "B");
            }
            checkDate(wrong, c[0], time[0] * at.x() + time[1], c[2]);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDefaultGrowthChartPlotsSourcedSizesOnlyAndNoFigureOnlyValue() throws Exception {
        Document doc = export("growth", "en", false, 2000, 1600);
        Map<String, Centre> drawn = markers(doc);
        double[] size = fit(axisLabels(doc, Pattern.compile("[0-9][0-9,.]*"), false).entrySet().stream()
                .filter(e -> e.getKey() < 2000).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)), true);

        // GPT-4 1,000B, GPT-3.5 175B and PaLM 2 340B are only the figure data's: no point at all.
        assertThat(drawn).doesNotContainKeys("gpt-4", "gpt-3-5", "palm-2");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Centre> e : drawn.entrySet()) {
            Model m = CATALOG.model(e.getKey()).orElseThrow();
            double value = Math.pow(10, size[0] * e.getValue().y() + size[1]);
            double sourced = m.parameters().orElseThrow() / 1e9;
            if (Math.abs(value / sourced - 1) > 0.02) {
                wrong.add(m.id() + " at " + value + "B, its source says " + sourced + "B");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("\u2020");
    }

    @Test
    void theDefaultTimelineDrawsTheCatalogsFactsNotThePrintsPlaces() throws Exception {
        Document doc = export("timeline", "en", false, 1600, 2100);
        // The catalog's own models the print lacks are back, and the printed-only label is not used.
        assertThat(markers(doc)).containsKeys("bert", "gpt-3-5", "falcon", "palm-2", "llama-2");
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("Transformers");
    }

    /** In the Book style the circles are the print's size (34 px at 2100 px), and still every printed model is named. */
    @Test
    void theBookStyleAtThePrintsSizeNamesEveryModelWithPrintSizedCircles() throws Exception {
        for (String lang : List.of("en", "zh")) {
            Document doc = export("timeline", lang, true, 1600, 2100, "--theme", "book");
            assertThat(doc.getElementsByTagName("g").getLength()).isPositive();
            NodeList groups = doc.getElementsByTagName("g");
            int badges = 0;
            for (int i = 0; i < groups.getLength(); i++) {
                if ("badge".equals(((Element) groups.item(i)).getAttribute("class"))) {
                    badges++;
                }
            }
            assertThat(badges).as(lang + ": models hidden behind +N").isZero();
            NodeList circles = doc.getElementsByTagName("circle");
            double r = Double.parseDouble(((Element) circles.item(circles.getLength() - 1)).getAttribute("r"));
            assertThat(2 * r).as("circle diameter, the print's is 34 px").isBetween(31.0, 37.0);
        }
    }

    @Test
    void theChineseLegendUsesTheChaptersFamilyTerms() throws Exception {
        String text = export("timeline", "zh", false, 1600, 2100).getDocumentElement().getTextContent();
        assertThat(text).contains("归一化流", "自回归模型", "基于能量的模型", "扩散模型", "多模态模型")
                .doesNotContain("标准化流");
    }

    @Test
    void stableDiffusionHasOneChineseNameOnBothFigures() throws Exception {
        String timeline = export("timeline", "zh", false, 1600, 2100).getDocumentElement().getTextContent();
        String growth = export("growth", "zh", false, 2000, 1600).getDocumentElement().getTextContent();
        assertThat(timeline).contains("稳定扩散").doesNotContain("Stable Diffusion");
        assertThat(growth).contains("稳定扩散").doesNotContain("Stable Diffusion");
    }
}
