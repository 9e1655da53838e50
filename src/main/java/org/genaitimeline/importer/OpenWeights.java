package org.genaitimeline.importer;

import java.util.Locale;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;

/**
 * Whether a model's weights are open, as far as an Epoch AI export says. The catalog's
 * {@code openSource} is a plain boolean, so an imported model with {@link #UNKNOWN} is stored
 * as not open with the note {@link #UNKNOWN_NOTE} ("not stated in the Epoch data"), and the tri-state is kept in the
 * {@link ImportReport} ({@link ImportReport#openWeights(String)}) for views that can show it.
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

    /**
     * The tri-state of a catalog model, read back from what {@link EpochMapper} stored: open,
     * or not open with {@link #UNKNOWN_NOTE} (unknown), else closed. Survives a restart, unlike
     * the import's report.
     */
    public static OpenWeights of(Model model) {
        if (model.openSource()) {
            return OPEN;
        }
        // Compared by the English only, so a reworded Chinese in a saved catalog still reads as unknown.
        return model.openSourceNote().map(Localized::en).filter(UNKNOWN_NOTE.en()::equals).isPresent() ? UNKNOWN : CLOSED;
    }
}
