package org.genaitimeline.importer;

import java.util.Locale;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;

/**
 * Whether a model's weights are open, as far as an Epoch AI export says. {@link #UNKNOWN}
 * is stored in the catalog as {@code "openSource": null} (not stated), so it is shown as
 * unknown and neither the open nor the closed filter keeps it.
 */
public enum OpenWeights {
    OPEN("import.epoch.openWeights.open"),
    CLOSED("import.epoch.openWeights.closed"),
    UNKNOWN("import.epoch.openWeights.unknown");

    private final String key;

    OpenWeights(String key) {
        this.key = key;
    }

    /** The message key of this value's label, for views that show the import report. */
    public String key() {
        return key;
    }

    /** The catalog's {@code openSourceNote} for a model whose accessibility Epoch leaves empty. */
    public static final Localized UNKNOWN_NOTE = AccessNote.UNKNOWN;

    /**
     * Reads Epoch's {@code Model accessibility} (or the older {@code Open model weights?}) cell.
     * Open weights under any licence ("Open weights (unrestricted)", "... (restricted use)",
     * "... (non-commercial)", or "Yes") are open; "API access", "Hosted access (no API)",
     * "Unreleased" (or "No") are closed; empty or anything else is unknown. The cell may list
     * several values separated by commas: any open value makes the model open.
     */
    public static OpenWeights fromEpoch(String cell) {
        OpenWeights result = UNKNOWN;
        for (String part : cell == null ? new String[0] : cell.split(",")) {
            String v = part.strip().toLowerCase(Locale.ROOT);
            if (v.startsWith("open") || v.equals("yes") || v.equals("true")) {
                return OPEN;
            }
            if (v.startsWith("api") || v.startsWith("hosted") || v.startsWith("unreleased")
                    || v.startsWith("closed") || v.equals("no") || v.equals("false")) {
                result = CLOSED;
            }
        }
        return result;
    }

    /** The catalog's {@code openSource} for this value: empty when not stated. */
    public java.util.Optional<Boolean> asOpenSource() {
        return this == UNKNOWN ? java.util.Optional.empty() : java.util.Optional.of(this == OPEN);
    }

    /** The tri-state of a catalog model. */
    public static OpenWeights of(Model model) {
        return model.openSource().map(open -> open ? OPEN : CLOSED).orElse(UNKNOWN);
    }
}
