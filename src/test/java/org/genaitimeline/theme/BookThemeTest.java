package org.genaitimeline.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.paint.Color;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.figure.MarkerShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Book theme's tokens: the print's colours, circles, sizes that follow the figure; year lines in every theme. */
class BookThemeTest {

    private final Palette book = Palette.of(Theme.BOOK);

    @Test
    void theBookThemeIsChosenByItsIdLikeTheOthers() {
        assertThat(Theme.fromId("book")).contains(Theme.BOOK);
        assertThat(Theme.fromId("BOOK")).contains(Theme.BOOK);
        assertThat(Theme.BOOK.stylesheet()).endsWith("/org/genaitimeline/theme/book.css");
    }

    @Test
    void theFamilyColoursAreTheOnesMeasuredInThePrint() throws IOException {
        List<String[]> rows = measured();
        assertThat(rows).hasSize(6);
        for (String[] row : rows) {
            Family f = Family.fromId(row[0]).orElseThrow();
            assertThat(book.family(f)).as(row[0]).isEqualTo(Color.web(row[1]));
        }
    }

    @Test
    void everyTypeIsACircleInTheBookThemeAndKeepsItsShapeInTheOthers() {
        for (Family f : Family.values()) {
            assertThat(MarkerShape.of(f, book)).as(f.id()).isEqualTo(MarkerShape.CIRCLE);
            assertThat(MarkerShape.of(f, Palette.of(Theme.LIGHT))).isEqualTo(MarkerShape.of(f));
        }
        assertThat(Palette.of(Theme.LIGHT).circlesOnly()).isFalse();
        assertThat(MarkerShape.of(Family.GAN)).isNotEqualTo(MarkerShape.CIRCLE);
    }

    @Test
    void theBookThemeGrowsWithTheFigureAndNeverBelowItsOwnScale() {
        Palette print = book.forFigure("timeline", 2100);
        Palette twice = book.forFigure("timeline", 4200);
        assertThat(print.labelScale()).isGreaterThan(1.5);
        assertThat(twice.labelScale()).isCloseTo(2 * print.labelScale(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(print.strokeScale()).isEqualTo(print.labelScale());
        // A small window is not shrunk below the theme's own scale.
        assertThat(book.forFigure("timeline", 300).labelScale()).isEqualTo(book.labelScale());
        // The growth chart's print is bigger for its height than the timeline's.
        assertThat(book.forFigure("growth", 1600).labelScale()).isGreaterThan(print.labelScale());
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = "BOOK", mode = EnumSource.Mode.EXCLUDE)
    void otherThemesKeepTheirSizesWhateverTheFigure(Theme theme) {
        Palette p = Palette.of(theme);
        assertThat(p.forFigure("timeline", 2100)).isSameAs(p);
        assertThat(p.forFigure("growth", 1600)).isSameAs(p);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void yearLinesAreStrongerThanQuarterLinesInEveryTheme(Theme theme) {
        Palette p = Palette.of(theme);
        assertThat(p.yearLineWidth()).isGreaterThanOrEqualTo(p.minorLineWidth());
        // Stronger: wider, and no lighter against the background.
        assertThat(p.yearLineWidth()).as(theme.id()).isGreaterThan(p.minorLineWidth());
        assertThat(contrast(p.gridStrong(), p.background())).as(theme.id() + ": year colour")
                .isGreaterThanOrEqualTo(contrast(p.grid(), p.background()));
    }

    @Test
    void thePrintHasNoQuarterLinesNoEraBandsAndUnoutlinedGrowthPoints() {
        assertThat(book.minorLineWidth()).isZero();
        assertThat(book.number("-era-band-opacity", 1)).isZero();
        assertThat(book.pointOutline()).isFalse();
        assertThat(Palette.of(Theme.LIGHT).pointOutline()).isTrue();
        assertThat(book.background()).isEqualTo(Color.WHITE);
    }

    private static double contrast(Color a, Color b) {
        return Math.abs(a.getBrightness() - b.getBrightness());
    }

    private static List<String[]> measured() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BookThemeTest.class.getResourceAsStream("book-print-colours.csv"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }
}
