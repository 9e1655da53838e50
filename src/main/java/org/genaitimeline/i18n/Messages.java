package org.genaitimeline.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle family in one language, formatted with {@link MessageFormat}: the
 * UI strings ({@code messages.properties}, {@code messages_zh_CN.properties}, UTF-8, Java 9+)
 * by default, and any other family (the catalog loader's problem texts) by {@link Family}.
 * Keys are namespaced by feature ({@code timeline.zoomIn}); a missing key renders as
 * {@code !key!} so a screenshot shows it. Pure Java, so the catalog and the command line use
 * it as the window does.
 */
public final class Messages {

    /**
     * A bundle family.
     *
     * @param baseName the bundle's base name
     * @param alwaysFormat whether a pattern goes through {@link MessageFormat} even without
     *     arguments (so {@code ''} is an apostrophe everywhere in the family), rather than
     *     shown as written
     */
    public record Family(String baseName, boolean alwaysFormat) {
    }

    /** The UI strings: a pattern without arguments is shown as written. */
    public static final Family UI = new Family("org.genaitimeline.i18n.messages", false);

    private static final Map<Family, Map<Language, Messages>> LOADED = new ConcurrentHashMap<>();

    private final Family family;
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Family family, Language language) {
        this.family = family;
        this.language = language;
        // Control.noFallback: a key missing in Chinese must show as missing, not silently in English.
        this.bundle = ResourceBundle.getBundle(family.baseName(), language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The UI strings of a language. */
    public static Messages of(Language language) {
        return of(UI, language);
    }

    /** The texts of a family in a language, loaded once. */
    public static Messages of(Family family, Language language) {
        return LOADED.computeIfAbsent(family, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> new Messages(family, l));
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
        if (args.length == 0 && !family.alwaysFormat()) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Whether the bundle defines the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The bundle itself, for libraries that read it by key (picocli's option descriptions). */
    public ResourceBundle bundle() {
        return bundle;
    }
}
