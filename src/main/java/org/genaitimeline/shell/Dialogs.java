package org.genaitimeline.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.genaitimeline.catalog.Problem;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.state.AppState;

/**
 * The window's dialogs. They are shown without blocking ({@code show()}), so the app keeps
 * painting behind them and tests can read them.
 */
final class Dialogs {

    private Dialogs() {
    }

    /**
     * Every problem of a catalog that was not opened, in a scrollable, copyable text area; or,
     * when all are warnings, what is worth a look in the catalog that was opened.
     */
    static Alert problems(Window owner, AppState state, List<Problem> problems) {
        Messages msg = state.messages();
        boolean opened = problems.stream().allMatch(Problem::warning);
        Alert alert = base(owner, opened ? Alert.AlertType.WARNING : Alert.AlertType.ERROR,
                msg.get(opened ? "problems.warnings.title" : "problems.title"), msg);
        alert.setHeaderText(msg.get(opened ? "problems.warnings.header" : "problems.header", problems.size()));
        TextArea text = new TextArea(problems.stream().map(p -> p.describe(msg.language()))
                .collect(Collectors.joining("\n")));
        text.setId("problems-text");
        text.getStyleClass().add("problems-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(70);
        text.setPrefRowCount(Math.min(16, Math.max(4, problems.size() + 1)));
        VBox.setVgrow(text, Priority.ALWAYS);
        Label kept = new Label(msg.get(opened ? "problems.warnings.kept" : "problems.kept"));
        kept.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, text, kept));
        alert.setResizable(true);
        return alert;
    }

    /** What the app is, where its data comes from, and under which licences. */
    static Alert about(Window owner, AppState state) {
        Messages msg = state.messages();
        Alert alert = base(owner, Alert.AlertType.INFORMATION, msg.get("about.title"), msg);
        alert.setHeaderText(msg.get("app.title"));
        alert.getDialogPane().setContent(AboutContent.of(msg, msg.get("about.body"),
                org.genaitimeline.about.BuildInfo.current(), org.genaitimeline.about.BundledLibraries.all()));
        alert.setResizable(true);
        return alert;
    }

    /** Every keyboard shortcut: the registry's accelerators in menu order, then the {@link NonMenuKeys}. */
    static Alert shortcuts(Window owner, AppState state, ActionRegistry actions) {
        Messages msg = state.messages();
        Alert alert = base(owner, Alert.AlertType.INFORMATION, msg.get("shortcuts.title"), msg);
        alert.setHeaderText(msg.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        List<NonMenuKeys.Entry> rows = new ArrayList<>();
        actions.withShortcuts().forEach(a -> rows.add(
                new NonMenuKeys.Entry(a.accelerator().getDisplayText(), a.shortcut().helpKey())));
        rows.addAll(NonMenuKeys.ALL);
        for (int row = 0; row < rows.size(); row++) {
            Label keys = new Label(rows.get(row).keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, new Label(msg.get(rows.get(row).helpKey())));
        }
        alert.getDialogPane().setContent(grid);
        return alert;
    }

    private static Alert base(Window owner, Alert.AlertType type, String title, Messages msg) {
        // Not ButtonType.CLOSE: JavaFX names its stock buttons in the system's language, not the app's.
        Alert alert = new Alert(type, "", new ButtonType(msg.get("dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        return alert;
    }
}
