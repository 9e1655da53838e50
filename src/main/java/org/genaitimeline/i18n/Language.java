package org.genaitimeline.i18n;

import java.util.Locale;

/** The two languages the app speaks. Data text ({@link Localized}) carries both. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses {@code en} or {@code zh} (also {@code zh-CN}, {@code zh_CN}); null when unknown. */
    public static Language fromCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.equals("en") || c.startsWith("en-") || c.startsWith("en_")) {
            return EN;
        }
        if (c.equals("zh") || c.startsWith("zh-") || c.startsWith("zh_")) {
            return ZH;
        }
        return null;
    }

    /** The language for a system locale: Chinese for any zh locale, English otherwise. */
    public static Language forLocale(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
