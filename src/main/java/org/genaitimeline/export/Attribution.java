package org.genaitimeline.export;

import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.importer.ImportReport;

/**
 * The credit line Epoch AI's licence (CC BY 4.0) asks for, carried by every export that
 * shows an imported model: a trailing comment line in CSV and text, a trailing paragraph in
 * Markdown, the {@code caption} option of a figure. Exports of the book's models alone carry
 * none (nothing of Epoch's is in them: a matched row leaves the book's entry untouched).
 */
public final class Attribution {

    private Attribution() {
    }

    /** The line for these models in the bundle's language, when any of them came from Epoch AI. */
    public static Optional<String> of(List<Model> models, Messages messages) {
        boolean epoch = models.stream().anyMatch(m -> m.provenance().origin() == Provenance.Origin.EPOCH);
        return epoch ? Optional.of(messages.get("export.attribution", ImportReport.ATTRIBUTION)) : Optional.empty();
    }

    /** A table text with the credit after it, in the form's own way of saying an aside. */
    static String append(String text, String format, Optional<String> line) {
        return text + tail(format, line);
    }

    /** What {@link #append} puts after a table text: empty without a line. */
    static String tail(String format, Optional<String> line) {
        if (line.isEmpty()) {
            return "";
        }
        return switch (format) {
            case "md" -> "\n" + line.get() + "\n";
            case "csv" -> "# " + line.get() + "\r\n";
            default -> "# " + line.get() + "\n";
        };
    }
}
