package org.genaitimeline.catalog;

import java.util.List;
import java.util.Objects;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * A text of the catalog loader in no language yet: a key of {@code problems.properties} and
 * its arguments. Arguments are plain values (shown as they are: ids, positions, JSON shapes)
 * or other {@code CatalogText}s, which are put into the same language first. The text is
 * kept unformatted so that one loaded problem can be shown in English on the command line
 * and in Chinese in the window. The patterns are read through {@link Messages}, as the UI's
 * are, and always go through {@code MessageFormat} (write {@code ''} for an apostrophe).
 *
 * @param key a key of {@code org/genaitimeline/catalog/problems.properties}, or empty for a
 *     text given verbatim (its only argument)
 * @param args the arguments of the pattern
 */
public record CatalogText(String key, List<Object> args) {

    /** The catalog loader's bundle, {@code org/genaitimeline/catalog/problems*.properties}. */
    static final Messages.Family PROBLEMS = new Messages.Family("org.genaitimeline.catalog.problems", true);

    public CatalogText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text of a key with its arguments (numbers are shown as plain digits, never grouped). */
    public static CatalogText of(String key, Object... args) {
        // A loop, not a stream: the loader makes one of these for nearly every field it reads.
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof CatalogText ? args[i] : String.valueOf(args[i]);
        }
        return new CatalogText(key, List.of(shown));
    }

    /** A text that is the same in every language (already translated, or not language at all). */
    public static CatalogText verbatim(String text) {
        return new CatalogText("", List.of(String.valueOf(text)));
    }

    /** The text in a language, its nested texts in the same language. */
    public String in(Language language) {
        if (key.isEmpty()) {
            return String.valueOf(args.get(0));
        }
        Object[] filled = args.stream().map(a -> a instanceof CatalogText t ? t.in(language) : String.valueOf(a))
                .toArray();
        return Messages.of(PROBLEMS, language).get(key, filled);
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
