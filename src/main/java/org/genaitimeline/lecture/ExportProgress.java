package org.genaitimeline.lecture;

import java.nio.file.Path;
import java.util.function.Consumer;
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
 * Background work of an export or of Copy image: what is being made, a progress bar and
 * Cancel. Not modal, so the window behind keeps answering; it closes itself when the work is
 * done, and on failure says why.
 */
final class ExportProgress<T> {

    private final Dialog<Void> dialog = new Dialog<>();
    private final Task<T> task;

    /**
     * @param detail a second line under the header (the folder), or empty
     * @param whenDone runs on the FX thread with the task's result
     * @param whenFailed runs on the FX thread with the failure
     */
    ExportProgress(Window owner, AppState state, String header, String detail, Task<T> task, Consumer<T> whenDone,
            Consumer<Throwable> whenFailed) {
        this.task = task;
        var m = state.messages();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle(m.get("export.progress.title"));
        dialog.setHeaderText(header);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress-bar");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        dialog.getDialogPane().setContent(new VBox(8, new Label(detail), bar));
        ButtonType cancel = new ButtonType(m.get("export.progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("export-progress-cancel");
        // Cancel, Esc and the window's close button all stop the work (the button alone does not
        // raise a close request); cancelling interrupts the worker and ends the PNG encoder.
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> task.cancel());
        dialog.setOnCloseRequest(e -> task.cancel());
        task.setOnSucceeded(e -> {
            dialog.close();
            whenDone.accept(task.getValue());
        });
        task.setOnCancelled(e -> dialog.close());
        task.setOnFailed(e -> {
            dialog.close();
            whenFailed.accept(task.getException());
        });
    }

    /** An export to a file: encoded and written through the writer, failures told through {@link SafeWrites}. */
    static ExportProgress<Path> writing(Window owner, AppState state, SafeWrites writes, Path target,
            ExportWriter.Content content, ExportWork work, Runnable whenWritten) {
        Task<Path> task = new Task<>() {
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
        return new ExportProgress<>(owner, state, state.messages().get("export.progress.header",
                target.getFileName()), target.getParent() == null ? "" : target.getParent().toString(), task,
                p -> whenWritten.run(), e -> writes.failed(owner, target, e));
    }

    /** Shows the progress and starts the work. */
    void start(java.util.concurrent.Executor executor) {
        dialog.show();
        executor.execute(task);
    }

    Task<T> task() {
        return task;
    }

    Dialog<Void> dialog() {
        return dialog;
    }
}
