package org.genaitimeline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Language;
import org.genaitimeline.i18n.Messages;

/** The desktop application. PROVISIONAL placeholder until the main window lands. */
public final class GenAiTimelineApp extends Application {
    @Override
    public void start(Stage stage) {
        Messages messages = Messages.of(Language.forLocale(java.util.Locale.getDefault()));
        int n = new CatalogLoader().loadBundled().catalog().map(c -> c.size()).orElse(0);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(new Label(messages.get("app.placeholder", n)), 800, 600));
        stage.show();
    }
}
