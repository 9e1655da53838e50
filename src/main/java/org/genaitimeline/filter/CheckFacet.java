package org.genaitimeline.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;

/**
 * One facet as a column of ticked checkboxes (eras, model types, kinds), each with a
 * swatch and a live count. All ticked means "no filter"; unticking narrows. The last
 * ticked box cannot be unticked, because an empty facet means "everything" to the query.
 *
 * @param <T> the facet's value type
 */
final class CheckFacet<T> extends VBox {

    /** How the facet reads and writes the query and describes its values. */
    record Spec<T>(
            String titleKey,
            String styleId,
            Function<Catalog, List<T>> values,
            BiFunction<T, AppState, String> label,
            Function<T, Node> swatch,
            Function<ModelQuery, Set<T>> read,
            BiFunction<ModelQuery, Set<T>, ModelQuery> write,
            BiFunction<List<Model>, ModelQuery, Map<T, Integer>> counts,
            java.util.function.BiConsumer<T, AppState> picked) {

        /** A facet whose rows only filter. */
        Spec(String titleKey, String styleId, Function<Catalog, List<T>> values, BiFunction<T, AppState, String> label,
                Function<T, Node> swatch, Function<ModelQuery, Set<T>> read, BiFunction<ModelQuery, Set<T>, ModelQuery> write,
                BiFunction<List<Model>, ModelQuery, Map<T, Integer>> counts) {
            this(titleKey, styleId, values, label, swatch, read, write, counts, (v, s) -> { });
        }
    }

    private final AppState state;
    private final Spec<T> spec;
    private final VBox rows = new VBox();
    private final Map<T, CheckBox> boxes = new LinkedHashMap<>();
    private final Map<T, Label> countLabels = new LinkedHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean syncing;

    CheckFacet(AppState state, Spec<T> spec) {
        this.state = state;
        this.spec = spec;
        getStyleClass().add("facet");
        setId(spec.styleId());
        Label title = new Label();
        title.getStyleClass().add("facet-title");
        title.textProperty().bind(state.text(spec.titleKey()));
        rows.getStyleClass().add("facet-rows");
        getChildren().addAll(title, rows);
        subscriptions.add(state.catalogProperty().subscribe(this::rebuild));
        subscriptions.add(state.queryProperty().subscribe(q -> sync()));
        subscriptions.add(state.languageProperty().subscribe((Language l) -> relabel()));
    }

    /** The checkbox of a value (tests). */
    CheckBox box(T value) {
        return boxes.get(value);
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private void rebuild(Catalog catalog) {
        boxes.clear();
        countLabels.clear();
        rows.getChildren().clear();
        for (T value : spec.values().apply(catalog)) {
            CheckBox box = new CheckBox();
            box.setGraphic(spec.swatch().apply(value));
            box.setMnemonicParsing(false);
            box.selectedProperty().addListener((obs, was, is) -> onToggle());
            // Picking a row (ticking or unticking it) also tells the facet's owner which value it was.
            box.setOnAction(e -> spec.picked().accept(value, state));
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            Label count = new Label();
            count.getStyleClass().add("facet-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(box, count);
            row.getStyleClass().add("facet-row");
            boxes.put(value, box);
            countLabels.put(value, count);
            rows.getChildren().add(row);
        }
        relabel();
        sync();
    }

    private void relabel() {
        boxes.forEach((value, box) -> box.setText(spec.label().apply(value, state)));
    }

    /** Makes the boxes and counts show the query. */
    private void sync() {
        syncing = true;
        try {
            ModelQuery q = state.getQuery();
            Set<T> chosen = spec.read().apply(q);
            Map<T, Integer> counts = spec.counts().apply(state.getCatalog().models(), q);
            boxes.forEach((value, box) -> box.setSelected(chosen.isEmpty() || chosen.contains(value)));
            countLabels.forEach((value, label) -> label.setText(Integer.toString(counts.getOrDefault(value, 0))));
            guardLastTicked();
        } finally {
            syncing = false;
        }
    }

    private void onToggle() {
        if (syncing) {
            return;
        }
        Set<T> ticked = new LinkedHashSet<>();
        boxes.forEach((value, box) -> {
            if (box.isSelected()) {
                ticked.add(value);
            }
        });
        Set<T> next = ticked.size() == boxes.size() ? Set.of() : ticked;
        state.setQuery(spec.write().apply(state.getQuery(), next));
    }

    private void guardLastTicked() {
        long ticked = boxes.values().stream().filter(CheckBox::isSelected).count();
        boxes.values().forEach(b -> b.setDisable(ticked == 1 && b.isSelected()));
    }
}
