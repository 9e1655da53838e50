package org.genaitimeline.detail;

import java.time.LocalDate;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The text of an era's card: its name, the years the app gives it and how many models it
 * holds, its summary, and a line that says why where the book titles the era with other
 * years than the app draws (the big-model era: 2020–2022 in the chapter, through 2023 here,
 * because the chapter's own models run into 2023). Pure, so it is tested without a window.
 *
 * @param name the era's name (it carries the chapter's years)
 * @param span the app's first and last year, and the number of models
 * @param summary the era's summary
 */
public record EraSummary(String name, String span, String summary) {

    public static EraSummary of(Era era, java.util.List<Model> models, Language language) {
        Messages m = Messages.of(language);
        long count = models.stream().filter(x -> x.era().equals(era.id())).count();
        String years = years(era.start(), era.end());
        return new EraSummary(era.name().get(language), m.get("detail.era.span", years, count),
                era.summary().get(language));
    }

    /** "2014–2017", or one year alone. */
    static String years(LocalDate start, LocalDate end) {
        return start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                : start.getYear() + "\u2013" + end.getYear();
    }
}
