package org.genaitimeline.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.tabledata.TablePreset;

/**
 * The Tables tab: a preset switch (Table 14-1, Table 14-2, All models), the preset's title
 * with "n of m", and the preset's table. Each preset keeps its own table, so its sort and
 * scroll position survive a switch.
 */
public final class TablesScreen extends BorderPane {

    private final AppState state;
    private final LinkOpener links;
    private final Map<TablePreset, PresetTable> tables = new EnumMap<>(TablePreset.class);
    private final ObjectProperty<TablePreset> preset = new SimpleObjectProperty<>(this, "preset", TablePreset.TABLE_14_1);
    private final Label title = new Label();
    private final Label count = new Label();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean built;

    public TablesScreen(AppState state, LinkOpener links) {
        this.state = state;
        this.links = links;
        getStyleClass().add("tables-screen");

        // Start-up: the switcher (ControlsFX) and the preset's table are built when the screen
        // first joins a scene (its tab is first selected), not before the app's first frame.
        // The preset lives apart from them, so a saved view and the export can set and read it.
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                build();
            }
        });
    }

    /** Builds the bar, the legend and the preset's table once; later calls do nothing. */
    private void build() {
        if (built) {
            return;
        }
        built = true;
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (TablePreset p : TablePreset.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("preset-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.textProperty().bind(state.text(p.buttonKey()));
            b.setUserData(p);
            b.setToggleGroup(group);
            b.setSelected(p == preset.get());
            buttons.add(b);
        }
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                group.selectToggle(was);
            } else {
                preset.set((TablePreset) is.getUserData());
            }
        });
        SegmentedButton switcher = new SegmentedButton(buttons.toArray(ToggleButton[]::new));
        switcher.setToggleGroup(group);
        title.getStyleClass().add("table-title");
        title.setId("table-title");
        count.getStyleClass().add("table-count");
        count.setId("table-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(title, count, gap, switcher);
        bar.getStyleClass().add("table-bar");
        setTop(bar);
        Label legend = new Label();
        legend.getStyleClass().add("table-legend");
        legend.setWrapText(true);
        legend.textProperty().bind(state.text("table.marker.legend"));
        setBottom(legend);
        subscriptions.add(preset.subscribe(p -> {
            group.getToggles().stream().filter(t -> t.getUserData() == p).findFirst().ifPresent(group::selectToggle);
            show(p);
        }));
    }

    /** True once the bar and a table exist (tests of the start-up). */
    public boolean isBuilt() {
        return built;
    }

    /** The preset on show. */
    public ObjectProperty<TablePreset> presetProperty() {
        return preset;
    }

    /** The table of the preset on show (tests, focus). */
    public TableView<Model> currentTable() {
        build();
        return tables.get(preset.get()).view();
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        tables.values().forEach(PresetTable::dispose);
    }

    private void show(TablePreset p) {
        PresetTable t = tables.computeIfAbsent(p, k -> new PresetTable(state, k, links));
        title.textProperty().bind(state.text(p.titleKey()));
        count.textProperty().bind(state.text("table.count",
                () -> new Object[] {t.rows().size(), p.size(state.getCatalog())},
                t.rows(), state.catalogProperty()));
        setCenter(t.view());
    }
}
