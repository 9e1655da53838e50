package org.genaitimeline.catalog;

import java.util.Objects;
import org.genaitimeline.i18n.Language;

/** A text the data gives in both languages. */
public record Localized(String en, String zh) {
    public Localized {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public String get(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
