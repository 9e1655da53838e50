package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.state.AppState;
import org.junit.jupiter.api.Test;

class ViewSelectionTest {

    private final Catalog catalog = TestCatalogs.catalog();
    private final AppState state = new AppState(Language.EN);
    private final ObjectProperty<Model> view = new SimpleObjectProperty<>();

    private Model model(String id) {
        return catalog.model(id).orElseThrow();
    }

    @Test
    void linksBothWaysUntilUnsubscribed() {
        state.setCatalog(catalog);
        state.select("gpt-3");
        Subscription link = GrowthTab.ViewSelection.bind(view, state);
        assertThat(view.get()).isSameAs(model("gpt-3"));

        state.select("gpt-2");
        assertThat(view.get()).isSameAs(model("gpt-2"));
        view.set(model("gpt-4"));
        assertThat(state.getSelectedModel()).isSameAs(model("gpt-4"));

        link.unsubscribe();
        state.select("gpt-2");
        assertThat(view.get()).isSameAs(model("gpt-4"));
        view.set(model("gpt-3"));
        assertThat(state.getSelectedModel()).isSameAs(model("gpt-2"));
    }
}
