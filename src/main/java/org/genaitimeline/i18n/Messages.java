package org.genaitimeline.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI strings of one language, from {@code messages.properties} and
 * {@code messages_zh_CN.properties} (UTF-8, Java 9+). Keys are namespaced by feature
 * ({@code timeline.zoomIn}); a missing key renders as {@code !key!} so a screenshot shows it.
 */
public final class Messages {

    static final String BUNDLE = "org.genaitimeline.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        // Control.noFallback: a key missing in Chinese must show as missing, not silently in English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Messages EN = new Messages(Language.EN);
    private static final Messages ZH = new Messages(Language.ZH);

    public static Messages of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text for a key, with {@link MessageFormat} placeholders filled. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Whether the bundle defines the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
