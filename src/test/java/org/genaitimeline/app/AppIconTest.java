package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The icon is on the main stage at every size, and on a dialog opened later. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // As GenAiTimelineApp.start does, before its stage is shown.
        AppIcon.onEveryWindow();
        stage.setScene(new Scene(new Label("main"), 300, 200));
        stage.show();
    }

    @Test
    void theMainStageHasTheIconAtEverySize() {
        assertThat(stage.getIcons()).extracting(Image::getUrl)
                .containsExactlyElementsOf(AppIcon.urls().toList());
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
    }

    @Test
    void aDialogOpenedLaterGetsItToo(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "dialog");
            alert[0].initOwner(stage);
            alert[0].show();
        });
        Window dialog = alert[0].getDialogPane().getScene().getWindow();
        assertThat(((Stage) dialog).getIcons()).extracting(Image::getUrl)
                .containsExactlyElementsOf(AppIcon.urls().toList());
        robot.interact(alert[0]::close);
    }
}
