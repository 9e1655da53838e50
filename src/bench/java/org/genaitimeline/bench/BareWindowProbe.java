package org.genaitimeline.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.genaitimeline.app.FirstFrameProbe;

/**
 * The floor of start-up: a bare JavaFX window showing one label, timed by the same
 * {@link FirstFrameProbe} as the app's {@code --startup-probe} (JVM start to the first frame
 * drawn), so the two can be compared with the same runtime and options:
 * <pre>
 * java OPTIONS -cp target/benchmarks.jar org.genaitimeline.bench.BareWindowProbe
 * </pre>
 * docs/PERFORMANCE.md ("Start-up") has the script that interleaves it with the app. Not an
 * Application itself, for the same reason as the app's Main: JavaFX from the class path.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** One label in a window the app's first-start size would roughly have. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("GenAI Timeline"), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("bare");
            stage.show();
            FirstFrameProbe.reportAndExit(scene);
        }
    }
}
