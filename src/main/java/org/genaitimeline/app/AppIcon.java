package org.genaitimeline.app;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app's icon (src/main/icon/genai-timeline.svg, rendered to PNGs) on every window. Rather
 * than each dialog setting it, one listener on {@link Window#getWindows()} gives it to every
 * stage as it opens: the main window, alerts, the export dialog and any dialog added later.
 * A stage that has icons of its own keeps them.
 */
public final class AppIcon {

    /** The rendered sizes; the window manager picks the one that fits. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static volatile FutureTask<List<Image>> images;

    private AppIcon() {
    }

    /** The icon at every size, decoded once (waiting for {@link #onEveryWindow()}'s decoding if it runs). */
    public static List<Image> images() {
        FutureTask<List<Image>> task = decoding();
        task.run(); // a no-op when the decoding thread has run it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return decode();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the app icon did not load", e.getCause());
        }
    }

    private static synchronized FutureTask<List<Image>> decoding() {
        if (images == null) {
            images = new FutureTask<>(AppIcon::decode);
        }
        return images;
    }

    private static List<Image> decode() {
        return SIZES.stream().map(s -> new Image(AppIcon.class.getResource(
                "icon/genai-timeline-" + s + ".png").toExternalForm())).toList();
    }

    /**
     * Gives the icon to every window shown from now on, and to those showing already. The six
     * images are decoded on a second thread meanwhile: the main stage needs them only when it
     * shows, and its start-up has better things to do on the FX thread.
     */
    public static void onEveryWindow() {
        Thread t = new Thread(decoding(), "genai-icon");
        t.setDaemon(true);
        t.start();
        Window.getWindows().forEach(AppIcon::apply);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(AppIcon::apply);
            }
        });
    }

    static void apply(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }

    /** For tests: the icon's image URLs, to compare with a stage's. */
    static Stream<String> urls() {
        return images().stream().map(Image::getUrl);
    }
}
