package org.genaitimeline.catalog;

import java.util.Objects;
import org.genaitimeline.i18n.Language;

/**
 * One thing wrong with a catalog file, located so an editor can jump to it.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param path the JSON path of the field ({@code models[3].date}), empty for the file itself
 * @param text what is wrong, and in brackets what would be right, in no language yet
 * @param warning whether the catalog is still loaded (a warning) or refused (an error)
 */
public record Problem(String file, int line, int column, String path, CatalogText text, boolean warning) {

    public Problem {
        Objects.requireNonNull(text, "text");
    }

    /** An error: the catalog is not loaded. */
    public Problem(String file, int line, int column, String path, CatalogText text) {
        this(file, line, column, path, text, false);
    }

    /** An error whose text is the same in every language (already translated by the caller). */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, CatalogText.verbatim(message));
    }

    /** What is wrong, in English. */
    public String message() {
        return text.in(Language.EN);
    }

    /** What is wrong, in a language. */
    public String message(Language language) {
        return text.in(language);
    }

    /**
     * {@code FILE:LINE:COLUMN: path.to.field: what is wrong (what is allowed)} in a language,
     * with {@code warning:} after the place when it is one.
     */
    public String describe(Language language) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (warning) {
            s.append(CatalogText.of("catalog.level.warning").in(language)).append(": ");
        }
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message(language)).toString();
    }

    /** {@link #describe(Language)} in English. */
    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
