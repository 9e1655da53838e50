package org.genaitimeline.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.genaitimeline.state.AppState;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.ModelQuery;

/**
 * Developers: a searchable multi-select. Ticking developers narrows to their models; none
 * ticked means no filter. The ticks live in a map rather than the list's own check model,
 * so typing in the search box (which filters the list) never loses a tick.
 */
final class DeveloperFacet extends VBox {

    private final AppState state;
    private final TextField search = new TextField();
    private final ObservableList<String> developers = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(developers);
    private final ListView<String> list = new ListView<>(shown);
    private final Map<String, BooleanProperty> ticks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Map<String, Integer> counts = Map.of();
    private boolean syncing;

    DeveloperFacet(AppState state) {
        this.state = state;
        getStyleClass().add("facet");
        setId("facet-developers");
        Label title = new Label();
        title.getStyleClass().add("facet-title");
        title.textProperty().bind(state.text("filter.developers"));
        title.setLabelFor(search);
        search.getStyleClass().add("developer-search");
        search.promptTextProperty().bind(state.text("filter.developers.search"));
        search.textProperty().subscribe(text -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(d -> needle.isEmpty() || d.toLowerCase(Locale.ROOT).contains(needle));
        });
        list.getStyleClass().add("developer-list");
        list.setCellFactory(CheckBoxListCell.forListView(this::tick, new StringConverter<>() {
            @Override
            public String toString(String developer) {
                return developer == null ? "" : developer + "  (" + counts.getOrDefault(developer, 0) + ")";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        }));
        getChildren().addAll(title, search, list);
        subscriptions.add(state.catalogProperty().subscribe(this::rebuild));
        subscriptions.add(state.queryProperty().subscribe(q -> sync()));
    }

    TextField searchField() {
        return search;
    }

    ListView<String> list() {
        return list;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private BooleanProperty tick(String developer) {
        return ticks.computeIfAbsent(developer, d -> {
            BooleanProperty p = new SimpleBooleanProperty(this, d);
            p.addListener((obs, was, is) -> onToggle());
            return p;
        });
    }

    private void rebuild(Catalog catalog) {
        ticks.clear();
        developers.setAll(catalog.developers());
        sync();
    }

    private void sync() {
        syncing = true;
        try {
            ModelQuery q = state.getQuery();
            counts = FacetCounts.developers(state.getCatalog().models(), q);
            for (String d : developers) {
                tick(d).set(q.developers().contains(d));
            }
            list.refresh();
        } finally {
            syncing = false;
        }
    }

    private void onToggle() {
        if (syncing) {
            return;
        }
        Set<String> chosen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ticks.forEach((d, p) -> {
            if (p.get()) {
                chosen.add(d);
            }
        });
        state.setQuery(state.getQuery().withDevelopers(chosen));
    }
}
