package org.genaitimeline.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * Dev tool, not a test: renders the bundled catalog's timeline to PNGs for looking at beside
 * the printed figure. Args: outDir [width height].
 */
public final class TimelineShots {

    private TimelineShots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(dir);
        Catalog catalog = new CatalogLoader().loadBundled().catalog().orElseThrow();
        TimelineRenderer r = new TimelineRenderer();
        for (String o : new String[] {"vertical", "horizontal"}) {
            for (Language lang : Language.values()) {
                for (Theme theme : new Theme[] {Theme.LIGHT}) {
                    double w = o.equals("vertical") ? 1600 : 2100;
                    double h = o.equals("vertical") ? 2100 : 1000;
                    FigureRequest req = FigureRequest.of(catalog, catalog.models(), lang, Palette.of(theme))
                            .withTimeline(TimelineOptions.DEFAULT.withOrientation(Orientation.parse(o)));
                    FigureFiles.write(dir.resolve("timeline-" + o + "-" + lang.code() + ".png"), w, h, 1,
                            s -> r.paint(s, req));
                    FigureRequest zoomed = req.withTimeline(req.timeline().withRange(2021, 2023));
                    FigureFiles.write(dir.resolve("timeline-" + o + "-" + lang.code() + "-2021-2023.png"), 1600,
                            1000, 1, s -> r.paint(s, zoomed));
                }
            }
        }
        FigureRequest book = FigureRequest.of(catalog, catalog.models(), Language.EN, Palette.of(Theme.LIGHT))
                .withTimeline(TimelineOptions.DEFAULT.withBookFigureOnly(true));
        FigureFiles.write(dir.resolve("timeline-book.png"), 1600, 2100, 1, s -> r.paint(s, book));
        FigureFiles.write(dir.resolve("timeline-dark.png"), 1600, 1000, 1,
                s -> r.paint(s, FigureRequest.of(catalog, catalog.models(), Language.EN, Palette.of(Theme.DARK))));
        FigureFiles.write(dir.resolve("timeline-vertical-1600x1000.png"), 1600, 1000, 1, s -> r.paint(s,
                FigureRequest.of(catalog, catalog.models(), Language.EN, Palette.of(Theme.LIGHT))));
        System.exit(0);
    }
}
