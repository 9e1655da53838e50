package org.genaitimeline.lecture;

import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.genaitimeline.shell.SafeWrites;
import org.genaitimeline.state.AppState;

/**
 * An export being written in the background: the file's name, a progress bar and Cancel.
 * Not modal, so the window behind keeps answering; it closes itself when the file is written,
 * and on failure says why through {@link SafeWrites}.
 */
final class ExportProgress {

    private final Dialog<Void> dialog = new Dialog<>();
    private final Task<Path> task;

    /**
     * @param whenWritten runs on the FX thread once the file is in place
     */
    ExportProgress(Window owner, AppState state, SafeWrites writes, Path target, ExportWriter.Content content,
            ExportWork work, Runnable whenWritten) {
        var m = state.messages();
        task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                work.writer().write(target, content, new ExportWriter.Progress() {
                    @Override
                    public void done(double share) {
                        updateProgress(share, 1);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
                return target;
            }
        };
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle(m.get("export.progress.title"));
        dialog.setHeaderText(m.get("export.progress.header", target.getFileName()));
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress-bar");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        dialog.getDialogPane().setContent(new VBox(8, new Label(target.getParent() == null ? ""
                : target.getParent().toString()), bar));
        ButtonType cancel = new ButtonType(m.get("export.progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("export-progress-cancel");
        // Cancel, Esc and the window's close button all stop the write (the button alone does not
        // raise a close request); cancelling interrupts the worker and ends the PNG encoder.
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> task.cancel());
        dialog.setOnCloseRequest(e -> task.cancel());
        task.setOnSucceeded(e -> {
            dialog.close();
            whenWritten.run();
        });
        task.setOnCancelled(e -> dialog.close());
        task.setOnFailed(e -> {
            dialog.close();
            writes.failed(owner, target, task.getException());
        });
    }

    /** Shows the progress and starts the write. */
    void start(java.util.concurrent.Executor executor) {
        dialog.show();
        executor.execute(task);
    }

    Task<Path> task() {
        return task;
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
