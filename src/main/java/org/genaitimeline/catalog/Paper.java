package org.genaitimeline.catalog;

import java.util.Objects;

/** The primary source of a model. The loader only accepts https URLs. */
public record Paper(String title, String url) {
    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
