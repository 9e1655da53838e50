package org.genaitimeline.catalog;

import java.util.Optional;

/** The two tables of the book's chapter 14 that list models. */
public enum BookTable {
    LLM("14-1"),
    TEXT_TO_IMAGE("14-2");

    private final String id;

    BookTable(String id) {
        this.id = id;
    }

    /** {@code 14-1} or {@code 14-2}, as the JSON catalog and the command line write it. */
    public String id() {
        return id;
    }

    private static final BookTable[] VALUES = values();

    public static Optional<BookTable> fromId(String id) {
        for (BookTable t : VALUES) { // a loop, not a stream: read once per model of a large catalog
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
