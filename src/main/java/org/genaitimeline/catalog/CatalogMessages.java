package org.genaitimeline.catalog;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.genaitimeline.i18n.Language;

/**
 * The catalog loader's texts in English and Chinese, from
 * {@code org/genaitimeline/catalog/problems.properties} and {@code problems_zh_CN.properties}
 * (UTF-8). The catalog package is pure Java and knows nothing of the app's
 * {@code i18n.Messages}, so it keeps a bundle of its own; the consistency test checks both.
 * A missing key shows as {@code !key!}, as in the app's bundle.
 */
public final class CatalogMessages {

    static final String BUNDLE = "org.genaitimeline.catalog.problems";

    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            // No fallback: a key missing in Chinese must show as missing, not silently in English.
            BUNDLES.put(l, ResourceBundle.getBundle(BUNDLE, l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private CatalogMessages() {
    }

    /** A text in a language, its nested texts in the same language. */
    public static String format(Language language, CatalogText text) {
        if (text.key().isEmpty()) {
            return String.valueOf(text.args().get(0));
        }
        String pattern;
        try {
            pattern = BUNDLES.get(language).getString(text.key());
        } catch (MissingResourceException e) {
            return "!" + text.key() + "!";
        }
        Object[] args = text.args().stream()
                .map(a -> a instanceof CatalogText t ? format(language, t) : String.valueOf(a))
                .toArray();
        return new MessageFormat(pattern, language.locale()).format(args);
    }
}
