package org.genaitimeline.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.genaitimeline.i18n.Messages;

/**
 * What a person sees when the app fails in a way nobody planned for: what went wrong in a
 * sentence, where the log is, the details folded away, and "Copy details" for a bug report.
 */
public final class ErrorDialog {

    /** The id of the copy button (tests). */
    public static final String COPY_ID = "error-copy-details";

    private ErrorDialog() {
    }

    /** The dialog for an error, not yet shown. */
    public static Alert of(Window owner, Messages msg, Throwable error, Path logFile) {
        ButtonType copy = new ButtonType(msg.get("error.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(msg.get("error.title"));
        alert.setHeaderText(msg.get("error.header"));
        Label what = new Label(summary(error));
        what.setId("error-summary");
        what.setWrapText(true);
        Label where = new Label(logFile == null ? msg.get("error.noLog") : msg.get("error.log", logFile));
        where.setWrapText(true);
        String details = details(error);
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.getStyleClass().add("problems-text");
        text.setEditable(false);
        text.setPrefColumnCount(70);
        text.setPrefRowCount(12);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8, what, where);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setExpandableContent(text);
        alert.setResizable(true);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId(COPY_ID);
        // The copy keeps the dialog open: the user may want to read it after pasting.
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        return alert;
    }

    /** The error in one line: its own message, or its kind when it has none. */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** What goes on the clipboard and into a bug report: the Java version and the stack trace. */
    public static String details(Throwable error) {
        StringWriter out = new StringWriter();
        out.append("Java ").append(System.getProperty("java.version")).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append('\n');
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
