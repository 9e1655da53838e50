package org.genaitimeline.timeline;

import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * Dev tool, not a test: the control alone in a window, for looking at it under the shot
 * tool. Args: lang orientation from to selectedId hoveredId theme (any may be "-").
 */
public final class TimelineDemo extends Application {

    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getRaw();
        Catalog catalog = new CatalogLoader().loadBundled().catalog().orElseThrow();
        TimelineView view = new TimelineView();
        view.setModels(FXCollections.observableArrayList(catalog.models()));
        view.setEras(FXCollections.observableArrayList(catalog.eras()));
        view.setLanguage(arg(a, 0) == null ? Language.EN : Language.fromCode(arg(a, 0)));
        if (arg(a, 1) != null) {
            view.setOrientation(Orientation.parse(arg(a, 1)));
        }
        if (arg(a, 2) != null) {
            view.setVisibleRange(Double.parseDouble(arg(a, 2)), Double.parseDouble(arg(a, 3)));
        }
        if (arg(a, 6) != null) {
            view.setPalette(Palette.of(Theme.valueOf(arg(a, 6))));
        }
        if (arg(a, 4) != null) {
            view.setSelectedModel(catalog.model(arg(a, 4)).orElseThrow());
        }
        if (arg(a, 5) != null) {
            view.hover(catalog.model(arg(a, 5)).orElseThrow());
        }
        stage.setScene(new Scene(view, 1600, 1000));
        stage.show();
    }

    private static String arg(List<String> a, int i) {
        return i < a.size() && !a.get(i).equals("-") ? a.get(i) : null;
    }

    /** Started from a class that is no Application, or the launcher asks for JavaFX modules. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(TimelineDemo.class, args);
        }
    }
}
