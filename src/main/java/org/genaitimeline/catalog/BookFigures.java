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
        Opened o = open(book, FIGURE_14_1, "catalog.expect.figure14x1",
                "{\"lane\": \"autoregressive\", \"date\": \"2019-02-14\", \"label\": \"GPT-2\"}", "lane");
        if (o == null) {
            return Optional.empty();
        }
        String lane = o.f().oneOf("lane", CatalogText.of("catalog.what.lane"), LANES);
        PartialDate date = o.f().date("date", true);
        String label = o.label();
        return o.clean() ? Optional.of(new Figure14x1Entry(Family.fromId(lane).orElseThrow(), date, label))
                : Optional.empty();
    }

    /** {@code {"date": "2019-02-14", "value": 1.5, "label": "GPT-2"}}; empty when absent or wrong. */
    static Optional<Figure14x3Point> figure14x3(Fields book) {
        Opened o = open(book, FIGURE_14_3, "catalog.expect.figure14x3",
                "{\"date\": \"2019-02-14\", \"value\": 1.5, \"label\": \"GPT-2\"}", "value");
        if (o == null) {
            return Optional.empty();
        }
        PartialDate date = o.f().date("date", true);
        OptionalDouble value = o.f().positiveNumber("value", true, CatalogText.of("catalog.expect.billions"));
        String label = o.label();
        return o.clean() ? Optional.of(new Figure14x3Point(date, value.getAsDouble(), label)) : Optional.empty();
    }

    /** A figure object opened for reading, with the problem count before its fields were read. */
    private record Opened(Fields f, int before) {
        String label() {
            return f.text("label", true, CatalogText.of("catalog.model.figureLabel"));
        }

        boolean clean() {
            return f.problems().count() == before;
        }
    }

    /** The object {@code {"date": ..., <own>: ..., "label": ...}}; null when absent or not an object. */
    private static Opened open(Fields book, String field, String expectKey, String example, String own) {
        if (!book.has(field)) {
            return null;
        }
        List<String> known = own.equals("lane") ? List.of("lane", "date", "label") : List.of("date", own, "label");
        Fields f = nested(book, field, CatalogText.of(expectKey, example), known);
        return f == null ? null : new Opened(f, f.problems().count());
    }

    private static Fields nested(Fields f, String field, CatalogText expected, List<String> known) {
        Located v = f.typed(field, Located.Type.OBJECT, false, expected);
        return v == null ? null : f.nested(v, field, expected, known);
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
