package org.genaitimeline.app;

import java.util.List;
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

    private static List<Image> images;

    private AppIcon() {
    }

    /** The icon at every size, loaded once (on the FX thread). */
    public static List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(s -> new Image(AppIcon.class.getResource(
                    "icon/genai-timeline-" + s + ".png").toExternalForm())).toList();
        }
        return images;
    }

    /** Gives the icon to every window shown from now on, and to those showing already. */
    public static void onEveryWindow() {
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
