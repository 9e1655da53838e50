package org.genaitimeline.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.importer.CatalogMerge;
import org.genaitimeline.importer.ImportReport;
import org.genaitimeline.importer.ImportResult;
import org.genaitimeline.state.AppState;

/**
 * The dialogs after an import or an added catalog: what was added, linked and skipped, with
 * line numbers, in a copyable text area. Shown without blocking ({@code show()}), like the
 * window's other dialogs; the last one is kept for tests.
 */
final class ImportDialogs {

    private final AppState state;
    private final Supplier<Window> owner;
    private Alert last;

    ImportDialogs(AppState state, Supplier<Window> owner) {
        this.state = state;
        this.owner = owner;
    }

    /** The last dialog shown, or null. */
    Alert last() {
        return last;
    }

    /** Summary, skipped rows with their lines, rows linked to catalog models, and the credit. */
    void imported(ImportResult result) {
        Messages msg = state.messages();
        ImportReport report = result.report();
        Catalog catalog = result.catalog().orElse(state.getCatalog());
        StringBuilder text = new StringBuilder();
        section(text, msg.get("import.report.skipped"),
                report.skipped().stream().map(p -> p.describe(msg)).toList(), msg);
        section(text, msg.get("import.report.matched"), report.matched().stream().map(m -> msg.get(
                "import.report.matchedRow", Integer.toString(m.line()), m.epochName(),
                catalog.model(m.modelId()).map(x -> x.name()).orElse(m.modelId()), m.describeRules(msg)))
                .toList(), msg);
        text.append(msg.get("import.report.attribution", ImportReport.ATTRIBUTION));
        show(Alert.AlertType.INFORMATION, msg.get("import.report.title"),
                msg.get("import.report.header", report.file(), report.summary(msg)), text.toString(),
                report.skipped().size() + report.matched().size() + 6);
    }

    /** A user catalog merged: which of its models were left out, and why. */
    void added(String file, CatalogMerge.Result result) {
        Messages msg = state.messages();
        List<String> lines = result.skipped().stream().map(s -> switch (s.reason()) {
            case ID_TAKEN -> msg.get("add.report.idTaken", s.model().id(), Integer.toString(s.model().provenance()
                    .line()), state.getCatalog().model(s.model().id()).map(m -> m.name()).orElse(s.model().id()));
            case UNKNOWN_ERA -> msg.get("add.report.noEra", s.model().id(),
                    Integer.toString(s.model().provenance().line()), s.model().era());
        }).toList();
        StringBuilder text = new StringBuilder();
        section(text, msg.get("add.report.skipped"), lines, msg);
        show(Alert.AlertType.INFORMATION, msg.get("add.report.title"),
                msg.get("add.done", file, result.added().size(), result.skipped().size()), text.toString().strip(),
                lines.size() + 3);
    }

    /** A file refused as a whole: why, and that nothing changed. */
    void refused(String file, String why) {
        Messages msg = state.messages();
        show(Alert.AlertType.ERROR, msg.get("import.refused.title"), msg.get("import.refused.header", file), why, 4);
    }

    private static void section(StringBuilder text, String title, List<String> lines, Messages msg) {
        text.append(title).append('\n');
        if (lines.isEmpty()) {
            text.append("  ").append(msg.get("import.report.none")).append('\n');
        }
        lines.forEach(l -> text.append("  ").append(l).append('\n'));
        text.append('\n');
    }

    private void show(Alert.AlertType type, String title, String header, String body, int rows) {
        Alert alert = new Alert(type, "", ButtonType.CLOSE);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
            alert.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea area = new TextArea(body);
        area.setId("import-report-text");
        area.getStyleClass().add("problems-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(70);
        area.setPrefRowCount(Math.min(18, Math.max(3, rows)));
        VBox.setVgrow(area, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(8, area));
        alert.setResizable(true);
        last = alert;
        alert.show();
    }
}
