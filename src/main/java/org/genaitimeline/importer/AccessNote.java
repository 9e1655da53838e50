package org.genaitimeline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The catalog's {@code openSourceNote} for an imported model, in both languages: Epoch's
 * {@code Model accessibility} cell quoted as "Epoch AI: ..." (the English keeps Epoch's words
 * verbatim, so a reader can look the value up), or "not stated in the Epoch data" when the
 * cell is empty. The Chinese translates Epoch's known values and keeps unknown ones as written.
 */
final class AccessNote {

    /** Epoch's accessibility values and their message keys (literal keys, so a bundle check can see them). */
    private static final Map<String, String> VALUE_KEYS = Map.ofEntries(
            Map.entry("open weights (unrestricted)", "import.epoch.access.openUnrestricted"),
            Map.entry("open weights (restricted use)", "import.epoch.access.openRestricted"),
            Map.entry("open weights (non-commercial)", "import.epoch.access.openNonCommercial"),
            Map.entry("api access", "import.epoch.access.api"),
            Map.entry("hosted access (no api)", "import.epoch.access.hosted"),
            Map.entry("unreleased", "import.epoch.access.unreleased"));

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH);

    /** The note of a model whose accessibility Epoch leaves empty (see {@link OpenWeights#of}). */
    static final Localized UNKNOWN = new Localized(EN.get("import.epoch.openSourceNote.unknown"),
            ZH.get("import.epoch.openSourceNote.unknown"));

    private AccessNote() {
    }

    static Localized of(String accessibility) {
        if (accessibility.isBlank()) {
            return UNKNOWN;
        }
        List<String> zh = new ArrayList<>();
        for (String part : accessibility.split(",")) {
            String v = part.strip();
            String key = VALUE_KEYS.get(v.toLowerCase(Locale.ROOT));
            zh.add(key == null ? v : ZH.get(key));
        }
        return new Localized(EN.get("import.epoch.openSourceNote.stated", accessibility),
                ZH.get("import.epoch.openSourceNote.stated", String.join("、", zh)));
    }
}
