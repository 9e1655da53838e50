package org.genaitimeline.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads what the book's printed figures show of a model: {@code book.figure14_1} and
 * {@code book.figure14_3} (schemaVersion 2), and turns the schemaVersion 1 fields they
 * replace ({@code inFigure}, {@code book.figureParameters}) into the same objects so that old
 * files keep loading.
 */
final class BookFigures {

    static final String FIGURE_14_1 = "figure14_1";
    static final String FIGURE_14_3 = "figure14_3";
    private static final List<String> LANES = Arrays.stream(Family.values()).filter(Family::inFigure)
            .map(Family::id).toList();
    private static final double BILLION = 1e9;

    private BookFigures() {
    }

    /** {@code {"lane": "gan", "date": "2014-06-10", "label": "GAN"}}; empty when absent or wrong. */
    static Optional<Figure14x1Entry> figure14x1(Fields book) {
        CatalogText expected = CatalogText.of("catalog.expect.figure14x1",
                "{\"lane\": \"autoregressive\", \"date\": \"2019-02-14\", \"label\": \"GPT-2\"}");
        Fields f = nested(book, FIGURE_14_1, expected, List.of("lane", "date", "label"));
        if (f == null) {
            return Optional.empty();
        }
        int before = f.problems().count();
        String lane = f.oneOf("lane", CatalogText.of("catalog.what.lane"), LANES);
        PartialDate date = f.date("date", true);
        String label = f.text("label", true, CatalogText.of("catalog.model.figureLabel"));
        if (f.problems().count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Figure14x1Entry(Family.fromId(lane).orElseThrow(), date, label));
    }

    /** {@code {"date": "2019-02-14", "value": 1.5, "label": "GPT-2"}}; empty when absent or wrong. */
    static Optional<Figure14x3Point> figure14x3(Fields book) {
        CatalogText expected = CatalogText.of("catalog.expect.figure14x3",
                "{\"date\": \"2019-02-14\", \"value\": 1.5, \"label\": \"GPT-2\"}");
        Fields f = nested(book, FIGURE_14_3, expected, List.of("date", "value", "label"));
        if (f == null) {
            return Optional.empty();
        }
        int before = f.problems().count();
        PartialDate date = f.date("date", true);
        OptionalDouble value = f.positiveNumber("value", true, CatalogText.of("catalog.expect.billions"));
        String label = f.text("label", true, CatalogText.of("catalog.model.figureLabel"));
        if (f.problems().count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Figure14x3Point(date, value.getAsDouble(), label));
    }

    private static Fields nested(Fields f, String field, CatalogText expected, List<String> known) {
        Located v = f.typed(field, Located.Type.OBJECT, false, expected);
        return v == null ? null : Fields.open(v, f.path(field), f.problems(), expected, known);
    }

    /**
     * Version 1's {@code "inFigure": true}: the model was drawn in its own family's column, at
     * the book's date, under its name (what the app drew before version 2 recorded the print).
     */
    static Optional<Figure14x1Entry> fromVersion1(boolean inFigure, Family family, PartialDate date,
            Optional<PartialDate> bookDate, String name) {
        if (!inFigure || family == null || !family.inFigure() || date == null || name == null) {
            return Optional.empty();
        }
        return Optional.of(new Figure14x1Entry(family, bookDate.orElse(date), name));
    }

    /**
     * Version 1's {@code book.figureParameters}: plotted at the figure data's date (a book
     * date to the day) or else the model's own, under its name.
     */
    static Optional<Figure14x3Point> fromVersion1(OptionalLong figureParameters, PartialDate date,
            Optional<PartialDate> bookDate, String name) {
        if (figureParameters.isEmpty() || date == null || name == null) {
            return Optional.empty();
        }
        PartialDate at = bookDate.filter(PartialDate::hasDay).orElse(date);
        return Optional.of(new Figure14x3Point(at, figureParameters.getAsLong() / BILLION, name));
    }
}
