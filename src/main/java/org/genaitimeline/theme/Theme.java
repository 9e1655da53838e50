package org.genaitimeline.theme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four themes. Each is a token stylesheet; {@link Palette} reads the same tokens for
 * painters. {@link #BOOK} is the printed figures' look (see docs/decisions/0010-book-style.md).
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark"),
    PROJECTOR("projector"),
    /** The book's print: its colours, circles for every type, sizes that follow the figure. */
    BOOK("book");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The stylesheet URL, for {@code Scene.getStylesheets()}. */
    public String stylesheet() {
        return Theme.class.getResource("/org/genaitimeline/theme/" + id + ".css").toExternalForm();
    }

    public static Optional<Theme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
