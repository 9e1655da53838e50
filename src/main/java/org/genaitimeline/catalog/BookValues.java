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
 * @param figureParameters the size Figure 14-3 plots (the book's figure data)
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
        OptionalLong figureParameters,
        Optional<Localized> note) {

    public static final BookValues NONE = new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
            OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalLong.empty(),
            Optional.empty());

    /** Whether the book prints a date, size or open-source value other than the sources'. */
    public boolean differsFromSources() {
        return date.isPresent() || parameters.isPresent() || openSource.isPresent();
    }
}
