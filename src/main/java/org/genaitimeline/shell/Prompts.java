package org.genaitimeline.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.genaitimeline.state.AppState;

/**
 * The questions and reports around writing files: overwrite this file? it failed, because...
 * The app shows alerts; tests swap in answers and record what was said.
 */
public interface Prompts {

    /** Whether to replace an existing file. */
    boolean confirmOverwrite(Window owner, Path file);

    /** Tells the user that something could not be done, and why. */
    void error(Window owner, String title, String message);

    /** Alerts in the current language. */
    static Prompts alerts(AppState state) {
        return new Prompts() {
            @Override
            public boolean confirmOverwrite(Window owner, Path file) {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, state.messages().get("file.overwrite.text",
                        file.getFileName(), file.getParent()), ButtonType.YES, ButtonType.NO);
                a.initOwner(owner);
                a.setTitle(state.messages().get("file.overwrite.title"));
                a.setHeaderText(null);
                return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
            }

            @Override
            public void error(Window owner, String title, String message) {
                Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                a.initOwner(owner);
                a.setTitle(title);
                a.setHeaderText(null);
                a.showAndWait();
            }
        };
    }
}
