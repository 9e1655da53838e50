package org.genaitimeline.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** One era of the book's history (or the foundations before it). */
public record Era(String id, Localized name, LocalDate start, LocalDate end, String color, Localized summary) {
    public Era {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(summary, "summary");
    }

    /** Whether the whole period the date names lies in this era. */
    public boolean contains(PartialDate date) {
        return !date.start().isBefore(start) && !date.end().isAfter(end);
    }
}
