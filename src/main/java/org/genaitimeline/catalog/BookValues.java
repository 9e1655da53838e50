package org.genaitimeline.catalog;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the book prints for a model where it differs from the primary source, and what its
 * tables and Figure 14-3 need to be reproduced exactly as printed.
 *
 * @param date the date the book gives
 * @param parameters the size the book's table or text gives
 * @param openSource the table's "Open source" cell, where it differs
 * @param openSourceParameters the size in the table's "Yes (66B)" cell
 * @param name the name as a book table prints it, where it differs from the model's name
 * @param developer the developer cell of the book's table, as printed
 * @param tableRow the 1-based row of the model in its book table
 * @param figure14x1 how the printed Figure 14-1 draws it; empty when the print does not
 * @param figure14x3 where the printed Figure 14-3 plots it; empty when the print does not
 * @param note what differs and why
 */
public record BookValues(
        Optional<PartialDate> date,
        OptionalLong parameters,
        Optional<Boolean> openSource,
        OptionalLong openSourceParameters,
        Optional<Localized> name,
        Optional<Localized> developer,
        OptionalInt tableRow,
        Optional<Figure14x1Entry> figure14x1,
        Optional<Figure14x3Point> figure14x3,
        Optional<Localized> note) {

    public static final BookValues NONE = new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
            OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public BookValues {
        java.util.Objects.requireNonNull(figure14x1, "figure14x1");
        java.util.Objects.requireNonNull(figure14x3, "figure14x3");
    }

    /** The same values without the book's date (a figure copy carries the print's date as its own). */
    public BookValues withoutDate() {
        return new BookValues(Optional.empty(), parameters, openSource, openSourceParameters, name, developer,
                tableRow, figure14x1, figure14x3, note);
    }

    /** Whether the book prints a date, size or open-source value other than the sources'. */
    public boolean differsFromSources() {
        return date.isPresent() || parameters.isPresent() || openSource.isPresent();
    }
}
