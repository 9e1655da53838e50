package org.genaitimeline.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.genaitimeline.session.CatalogSession;
import org.genaitimeline.state.AppState;

/**
 * The right end of the status bar: the session's notice ("Matched 61, added 834, skipped 0",
 * or a remembered file that could not be reopened), and while an import runs, its progress
 * bar, row count and Cancel. Non-modal: the window stays usable during an import.
 */
final class ImportStatus extends HBox {

    ImportStatus(AppState state, CatalogSession session) {
        getStyleClass().add("import-status");
        setSpacing(8);
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(session.noticeProperty());
        notice.visibleProperty().bind(session.importingProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.progressProperty().bind(session.progressProperty());
        Label rows = new Label();
        rows.setId("import-progress-text");
        rows.textProperty().bind(state.text("import.progress",
                () -> new Object[] {session.importFileProperty().get(), session.rowsReadProperty().get()},
                session.importFileProperty(), session.rowsReadProperty()));
        Button cancel = new Button();
        cancel.setId("import-cancel");
        cancel.textProperty().bind(state.text("import.cancel"));
        cancel.setOnAction(e -> session.cancelImport());
        for (javafx.scene.Node n : new javafx.scene.Node[] {bar, rows, cancel}) {
            n.visibleProperty().bind(session.importingProperty());
            n.managedProperty().bind(session.importingProperty());
        }
        getChildren().addAll(notice, bar, rows, cancel);
    }
}
