package org.genaitimeline.shell;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.genaitimeline.state.AppState;

/**
 * The browser behind the paper links: hands a link on when a browser can be reached, and
 * otherwise (none installed, or the hand-over failed) shows the address to copy instead of
 * failing silently.
 */
public final class LinkFailure implements Consumer<String> {

    /** The id of the field with the address (tests). */
    public static final String URL_ID = "link-failure-url";

    private final AppState state;
    private final Supplier<Window> owner;
    private final BooleanSupplier browserPresent;
    private final Consumer<String> browser;
    private Alert last;

    /**
     * @param browser opens a link (HostServices.showDocument), may throw
     * @param browserPresent whether a browser can be reached at all
     */
    public LinkFailure(AppState state, Supplier<Window> owner, BooleanSupplier browserPresent,
            Consumer<String> browser) {
        this.state = state;
        this.owner = owner;
        this.browserPresent = browserPresent;
        this.browser = browser;
    }

    @Override
    public void accept(String url) {
        if (!browserPresent.getAsBoolean()) {
            show(url, state.messages().get("link.noBrowser"));
            return;
        }
        try {
            browser.accept(url);
        } catch (RuntimeException e) {
            System.getLogger(LinkFailure.class.getName()).log(System.Logger.Level.WARNING, "Link not opened: " + url,
                    e);
            show(url, state.messages().get("link.failed", String.valueOf(e.getMessage())));
        }
    }

    /** The last dialog shown, or null (tests). */
    public Alert last() {
        return last;
    }

    private void show(String url, String why) {
        var m = state.messages();
        ButtonType copy = new ButtonType(m.get("link.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", copy,
                new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Window w = owner.get();
        if (w != null && w.getScene() != null) {
            alert.initOwner(w);
            alert.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
        alert.setTitle(m.get("link.title"));
        alert.setHeaderText(why);
        TextField field = new TextField(url);
        field.setId(URL_ID);
        field.setEditable(false);
        field.setPrefColumnCount(50);
        Label hint = new Label(m.get("link.hint"));
        hint.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, hint, field));
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("link-failure-copy");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(url);
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        last = alert;
        alert.show();
        field.selectAll();
    }
}
