package org.genaitimeline.growth;

import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Figure14x3Point;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.i18n.Language;

/**
 * One plotted model: where it sits (fractional year, size in billions) and the two lines of
 * its label, the bold name and the size as Figure 14-3 prints it ("PaLM" / "540B").
 *
 * @param model the model
 * @param date the date plotted (see {@link #figureDate})
 * @param year {@code date} as a fractional year
 * @param parameters the size plotted, {@code > 0}
 * @param series the series (model type) it belongs to
 * @param name the label's first line
 * @param language of the label's second line, {@link #size()}
 * @param booksOwn the size is the printed figure's and no source's (marked † on the label)
 */
public record GrowthPoint(Model model, PartialDate date, double year, long parameters, Family series, String name,
        Language language, boolean booksOwn) {

    /** Marks a value only the book gives; its note is in the detail pane. */
    public static final String BOOK_MARK = "\u2020";

    private static final double BILLION = 1e9;

    /** The size in billions, the unit of the figure's y axis. */
    public double billions() {
        return parameters / BILLION;
    }

    /**
     * The point for a model with a positive figure size, labelled in a language.
     */
    static GrowthPoint of(Model model, long parameters, Family series, Language language) {
        PartialDate date = figureDate(model);
        return new GrowthPoint(model, date, date.toFractionalYear(), parameters, series,
                model.name(language), language, false);
    }

    /**
     * The point as the printed Figure 14-3 has it: date, value and label from {@code
     * book.figure14_3}. The label is the print's, except where the Chinese edition translates
     * the name (稳定扩散), so that a model has one name per language in every view.
     */
    static GrowthPoint printed(Model model, Figure14x3Point point, Language language) {
        String label = language == Language.ZH && model.book().name().isPresent() ? model.name(language)
                : point.label();
        return new GrowthPoint(model, point.date(), point.date().toFractionalYear(), point.parameters(),
                model.family(), label, language, model.figureSizeIsTheBooksOwn());
    }

    /**
     * The label's second line: English prints the size in billions ({@code 0.117B}), Chinese
     * in 亿 ({@code 1750 亿}). Made when asked: a dense chart labels few of its points.
     */
    public String size() {
        return size(SizeUnit.BILLIONS);
    }

    /**
     * The label's second line in a chart's unit: {@link SizeUnit#COUNT} writes English counts
     * ({@code 2.6K}, {@code 117M}, {@code 175B}) instead of billions.
     */
    public String size(SizeUnit unit) {
        String size = language == Language.ZH ? ModelFormat.parameters(parameters, Language.ZH)
                : unit == SizeUnit.COUNT ? ModelFormat.parameters(parameters, Language.EN)
                : ModelFormat.billions(parameters);
        return booksOwn ? size + BOOK_MARK : size;
    }

    /**
     * The date Figure 14-3 plots. The data file behind the book's figures dates to the day
     * (LaMDA 20 January 2022, DALL.E 24 February 2021), and those are the book dates that come
     * with a day; a book date without a day comes from the prose (GPT-2 "2018") and the figure
     * does not use it, so the source's date stands.
     */
    public static PartialDate figureDate(Model model) {
        return model.book().date().filter(PartialDate::hasDay).orElse(model.date());
    }
}
