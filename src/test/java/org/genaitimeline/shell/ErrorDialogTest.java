package org.genaitimeline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nobody caught, and a link no browser takes, each end in a dialog a person can use. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private final AppState state = new AppState(Language.EN);
    private Stage stage;
    private UncaughtErrors errors;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(UncaughtErrors.class.getName());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("window"), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) {
        log.removeHandler(recorder);
        Thread.setDefaultUncaughtExceptionHandler(null);
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(null);
            if (errors != null && errors.showing() != null) {
                errors.showing().close();
            }
        });
    }

    @Test
    void anUncaughtErrorOnTheFxThreadIsLoggedAndShownAndItsDetailsCopy(FxRobot robot) {
        log.addHandler(recorder);
        errors = new UncaughtErrors(state, () -> stage, Path.of("/tmp/genai-timeline.log"));
        errors.install();
        WaitForAsyncUtils.waitForFxEvents();

        Platform.runLater(() -> {
            throw new IllegalStateException("the lanes lost count");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors.showing()).isNotNull();
        assertThat(errors.showing().isShowing()).isTrue();
        assertThat(robot.lookup("#error-summary").queryAs(Label.class).getText()).isEqualTo("the lanes lost count");
        assertThat(logged).anySatisfy(r -> assertThat(r.getThrown()).hasMessage("the lanes lost count"));

        robot.clickOn("#" + ErrorDialog.COPY_ID);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());

        assertThat(copied[0]).contains("IllegalStateException: the lanes lost count", "at org.genaitimeline.shell");
        assertThat(errors.showing().isShowing()).as("copying keeps the dialog open").isTrue();
    }

    @Test
    void anErrorOnAnotherThreadReachesTheSameDialog() throws Exception {
        errors = new UncaughtErrors(state, () -> stage, null);
        errors.install();
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("worker fell over");
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors.showing()).isNotNull();
        assertThat(errors.showing().getDialogPane().getContent().lookup("#error-summary"))
                .isInstanceOfSatisfying(Label.class, l -> assertThat(l.getText()).isEqualTo("worker fell over"));
    }

    @Test
    void aLinkWithoutABrowserShowsTheAddressToCopy(FxRobot robot) {
        List<String> opened = new ArrayList<>();
        LinkFailure noBrowser = new LinkFailure(state, () -> stage, () -> false, opened::add);
        String url = "https://arxiv.org/abs/1706.03762";

        robot.interact(() -> noBrowser.accept(url));

        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#" + LinkFailure.URL_ID).queryAs(TextField.class).getText()).isEqualTo(url);
        robot.clickOn("#link-failure-copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(url);
        robot.interact(() -> noBrowser.last().close());
    }

    @Test
    void aBrowserThatFailsToStartAlsoShowsTheAddress(FxRobot robot) {
        LinkFailure failing = new LinkFailure(state, () -> stage, () -> true, u -> {
            throw new UnsupportedOperationException("no handler");
        });

        robot.interact(() -> failing.accept("https://example.org/paper"));

        assertThat(failing.last().getHeaderText()).contains("no handler");
        assertThat(robot.lookup("#" + LinkFailure.URL_ID).queryAs(TextField.class).getText())
                .isEqualTo("https://example.org/paper");
        robot.interact(() -> failing.last().close());
    }
}
