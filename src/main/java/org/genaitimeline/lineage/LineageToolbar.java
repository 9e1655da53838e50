package org.genaitimeline.lineage;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The lineage view's switches: depth (1, 2, 3, all), direction (ancestors, descendants,
 * both) and the path mode's second model, picked by typing its name (the list narrows as one
 * types) or by Shift-clicking a node. Part of the skin; reads and writes the view's
 * {@link LineageView#optionsProperty()} only, and its texts follow the view's language.
 */
final class LineageToolbar extends ToolBar {

    /** The depths offered, in order; {@link LineageOptions#ALL} is "all". */
    static final List<Integer> DEPTHS = List.of(1, 2, 3, LineageOptions.ALL);

    private final LineageView view;
    private final ToggleGroup depthGroup = new ToggleGroup();
    private final ToggleGroup directionGroup = new ToggleGroup();
    private final Label depthLabel = new Label();
    private final Label pathLabel = new Label();
    private final ComboBox<Model> path = new ComboBox<>();
    private final ObservableList<Model> candidates = FXCollections.observableArrayList();
    private final FilteredList<Model> matching = new FilteredList<>(candidates);
    private final Button clearPath = new Button();
    private Subscription subscriptions = Subscription.EMPTY;
    /** Set while the toolbar shows the options, so that showing them does not write them back. */
    private boolean syncing;

    LineageToolbar(LineageView view) {
        this.view = view;
        getStyleClass().add("lineage-toolbar");
        depthLabel.getStyleClass().add("lineage-toolbar-label");
        pathLabel.getStyleClass().add("lineage-toolbar-label");
        getItems().add(depthLabel);
        for (int d : DEPTHS) {
            ToggleButton b = new ToggleButton();
            b.setUserData(d);
            b.setToggleGroup(depthGroup);
            b.setId("lineage-depth-" + (d == LineageOptions.ALL ? "all" : String.valueOf(d)));
            getItems().add(b);
        }
        getItems().add(new Separator());
        for (LineageOptions.Direction d : LineageOptions.Direction.values()) {
            ToggleButton b = new ToggleButton();
            b.setUserData(d);
            b.setToggleGroup(directionGroup);
            b.setId("lineage-direction-" + d.name().toLowerCase(Locale.ROOT));
            getItems().add(b);
        }
        getItems().addAll(new Separator(), pathLabel, path, clearPath);
        path.setId("lineage-path");
        path.setEditable(true);
        path.setItems(matching);
        path.setVisibleRowCount(12);
        path.setPrefWidth(320);
        pathLabel.setLabelFor(path);
        clearPath.setId("lineage-path-clear");
        path.setConverter(new StringConverter<>() {
            @Override
            public String toString(Model m) {
                return m == null ? "" : m.name(language());
            }

            @Override
            public Model fromString(String text) {
                return byName(text);
            }
        });
        depthGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A toggle group lets the pressed button go up again; a depth is always chosen.
                show(view.getOptions());
            } else if (!syncing) {
                view.setOptions(view.getOptions().withDepth((Integer) now.getUserData()));
            }
        });
        directionGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                show(view.getOptions());
            } else if (!syncing) {
                view.setOptions(view.getOptions().withDirection((LineageOptions.Direction) now.getUserData()));
            }
        });
        path.getEditor().textProperty().addListener((o, was, now) -> narrow(now));
        path.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                view.setOptions(view.getOptions().withPathTo(now.id()));
            }
        });
        clearPath.setOnAction(e -> view.setOptions(view.getOptions().withoutPath()));
        clearPath.disableProperty().bind(view.optionsProperty().map(o -> o.pathTo().isEmpty()));
        subscriptions = view.optionsProperty().subscribe(this::show)
                .and(view.languageProperty().subscribe(l -> relabel()))
                .and(view.catalogProperty().subscribe(c -> candidates()))
                .and(view.selectedModelProperty().subscribe(m -> candidates()));
        relabel();
    }

    /** The models the path can lead to: every other model of the catalog, by name. */
    private void candidates() {
        Model centre = view.getSelectedModel();
        List<Model> all = view.getCatalog() == null ? List.of() : view.getCatalog().models().stream()
                .filter(m -> centre == null || !m.id().equals(centre.id()))
                .sorted(java.util.Comparator.comparing((Model m) -> m.name(language()).toLowerCase(Locale.ROOT)))
                .toList();
        syncing = true;
        try {
            candidates.setAll(all);
            show(view.getOptions());
        } finally {
            syncing = false;
        }
    }

    /** Narrows the list to the names that contain what was typed (not once a model is picked). */
    private void narrow(String typed) {
        Model picked = path.getValue();
        if (picked != null && picked.name(language()).equals(typed)) {
            matching.setPredicate(null);
            return;
        }
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        matching.setPredicate(needle.isEmpty() ? null : m -> m.name(language()).toLowerCase(Locale.ROOT)
                .contains(needle) || m.id().contains(needle)
                || m.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)));
        if (path.isFocused() && !needle.isEmpty() && !matching.isEmpty() && !path.isShowing()) {
            path.show();
        }
    }

    /** The model called that (by name in either language, an alias or its id), or the one match; else null. */
    private Model byName(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Model m : candidates) {
            if (m.name(language()).equalsIgnoreCase(t) || m.isNamed(t) || m.id().equalsIgnoreCase(t)) {
                return m;
            }
        }
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private void show(LineageOptions o) {
        boolean was = syncing;
        syncing = true;
        try {
            depthGroup.getToggles().forEach(t -> t.setSelected(((Integer) t.getUserData()) == o.depth()));
            directionGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == o.direction()));
            Model to = o.pathTo().map(view::model).orElse(null);
            if (path.getValue() != to) {
                path.setValue(to);
            }
            if (to == null && !path.isFocused()) {
                path.getEditor().setText("");
            }
        } finally {
            syncing = was;
        }
    }

    private Language language() {
        return view.getLanguage() == null ? Language.EN : view.getLanguage();
    }

    private void relabel() {
        Messages m = Messages.of(language());
        depthLabel.setText(m.get("lineage.toolbar.depth"));
        depthLabel.setTooltip(new Tooltip(m.get("lineage.toolbar.depth.tip")));
        for (var t : depthGroup.getToggles()) {
            int d = (Integer) t.getUserData();
            set((ButtonBase) t, d == LineageOptions.ALL ? m.get("lineage.toolbar.depth.all") : String.valueOf(d),
                    d == LineageOptions.ALL ? m.get("lineage.toolbar.depth.all.tip")
                            : m.get("lineage.toolbar.depth.n.tip", d));
        }
        for (var t : directionGroup.getToggles()) {
            switch ((LineageOptions.Direction) t.getUserData()) {
                case ANCESTORS -> set((ButtonBase) t, m.get("lineage.toolbar.ancestors"),
                        m.get("lineage.toolbar.ancestors.tip"));
                case DESCENDANTS -> set((ButtonBase) t, m.get("lineage.toolbar.descendants"),
                        m.get("lineage.toolbar.descendants.tip"));
                case BOTH -> set((ButtonBase) t, m.get("lineage.toolbar.both"), m.get("lineage.toolbar.both.tip"));
            }
        }
        pathLabel.setText(m.get("lineage.toolbar.path"));
        path.setPromptText(m.get("lineage.toolbar.path.prompt"));
        path.setTooltip(new Tooltip(m.get("lineage.toolbar.path.tip")));
        set(clearPath, m.get("lineage.toolbar.path.clear"), m.get("lineage.toolbar.path.clear.tip"));
        // The names are in the reader's language: re-sort and re-show them.
        candidates();
    }

    private static void set(ButtonBase b, String text, String tip) {
        b.setText(text);
        b.setTooltip(new Tooltip(tip));
    }

    /** The path field (tests type into it). */
    ComboBox<Model> pathField() {
        return path;
    }

    void dispose() {
        subscriptions.unsubscribe();
        clearPath.disableProperty().unbind();
    }
}
