package org.genaitimeline.filter;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.genaitimeline.state.AppState;
import org.genaitimeline.catalog.ModelQuery.OpenFilter;

/** Open weights: all / open / closed, one always chosen. */
final class OpenFacet extends VBox {

    private final AppState state;
    private final Map<OpenFilter, ToggleButton> buttons = new EnumMap<>(OpenFilter.class);
    private final Subscription subscription;
    private boolean syncing;

    OpenFacet(AppState state) {
        this.state = state;
        getStyleClass().add("facet");
        setId("facet-open");
        Label title = new Label();
        title.getStyleClass().add("facet-title");
        title.textProperty().bind(state.text("filter.open"));
        ToggleGroup group = new ToggleGroup();
        for (OpenFilter f : OpenFilter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("open-" + f.name().toLowerCase(java.util.Locale.ROOT));
            b.textProperty().bind(state.text("filter.open." + f.name().toLowerCase(java.util.Locale.ROOT)));
            b.setToggleGroup(group);
            b.setUserData(f);
            buttons.put(f, b);
        }
        SegmentedButton segmented = new SegmentedButton(buttons.values().toArray(ToggleButton[]::new));
        segmented.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (syncing) {
                return;
            }
            if (is == null) {
                // A click on the chosen button would leave none chosen; keep it chosen.
                syncing = true;
                group.selectToggle(was);
                syncing = false;
                return;
            }
            state.setQuery(state.getQuery().withOpen((OpenFilter) is.getUserData()));
        });
        getChildren().addAll(title, segmented);
        subscription = state.queryProperty().subscribe(q -> {
            syncing = true;
            buttons.get(q.open()).setSelected(true);
            syncing = false;
        });
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
