package org.genaitimeline.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.state.AppState;

/** "84 of 99 models · bundled catalog", or that a catalog is being read. */
final class StatusBar extends HBox {

    StatusBar(AppState state) {
        getStyleClass().add("status-bar");
        Label text = new Label();
        text.setId("status-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            if (state.loadingProperty().get()) {
                return state.messages().get("status.loading");
            }
            String source = state.getCatalog().source();
            if (source.isEmpty() || source.equals("bundled catalog") || source.equals(CatalogLoader.BUNDLED_MODELS)) {
                source = state.messages().get("status.bundled");
            } else if (source.startsWith("bundled catalog + ")) { // after an import or an added catalog
                source = state.messages().get("status.bundled") + source.substring("bundled catalog".length());
            }
            return state.messages().get("status.count", state.models().size(), state.getCatalog().size(), source);
        }, state.languageProperty(), state.loadingProperty(), state.catalogProperty(), state.models()));
        getChildren().add(text);
    }
}
