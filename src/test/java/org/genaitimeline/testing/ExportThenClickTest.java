package org.genaitimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.genaitimeline.files.FigureFiles;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The order that used to leave TestFX deaf: export code starts the toolkit with
 * {@code FxPlatform.ensureStarted()} (here through {@link FigureFiles}), and only then does
 * TestFX register its primary stage and click. Deliberately not an {@link FxTestBase}: it must
 * not start the toolkit the TestFX way first. The pom runs this class alone in a fresh JVM
 * (surefire execution {@code fx-start-order}) so the export really comes first there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportThenClickTest {

    private static final AtomicInteger CLICKS = new AtomicInteger();
    private static final AtomicInteger KEYS = new AtomicInteger();

    @Test
    @Order(1)
    void anExportStartsTheToolkitTheCommandLineWay() throws Exception {
        byte[] png = FigureFiles.png(40, 30, 1, s -> s.fillRect(0, 0, 40, 30)); // a blank image is refused

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    @Order(2)
    void afterwardsTheRobotStillClicksAndTypes() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Button button = new Button("Press me");
            button.setOnAction(e -> CLICKS.incrementAndGet());
            button.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.A) {
                    KEYS.incrementAndGet();
                }
            });
            stage.setScene(new Scene(new VBox(button), 300, 200));
            stage.show();
        });
        FxRobot robot = new FxRobot();

        robot.clickOn("Press me");
        robot.type(KeyCode.A);

        assertThat(CLICKS).hasValue(1);
        assertThat(KEYS).hasValue(1);
        FxToolkit.cleanupStages();
    }
}
