package org.genaitimeline.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.util.Subscription;
import org.genaitimeline.state.AppState;

/**
 * One menu of the bar built from the {@link ActionRegistry}: its commands in place order, a
 * separator between groups, and the fixed items (the Language and Theme pickers, which
 * choose a value rather than run a command) at their places. Rebuilt whenever a feature
 * registers a command, so features register in any order after the bar exists.
 */
final class ActionMenu {

    /** A ready-made item at a place of this menu. */
    record Fixed(Action.Place place, MenuItem item) {
    }

    /** An item of the menu being built and where it goes. */
    private record Entry(Action.Place place, MenuItem item, boolean radio) {
    }

    private final AppState state;
    private final ActionRegistry registry;
    private final Action.Menu which;
    private final List<Fixed> fixed;
    private final Menu menu = new Menu();
    /** The selected-state links of the current items, dropped with them on a rebuild. */
    private final List<Subscription> toggles = new ArrayList<>();

    ActionMenu(AppState state, ActionRegistry registry, Action.Menu which, List<Fixed> fixed) {
        this.state = state;
        this.registry = registry;
        this.which = which;
        this.fixed = fixed.stream().filter(f -> f.place().menu() == which).toList();
        menu.textProperty().bind(state.text(which.textKey()));
        registry.all().addListener((ListChangeListener<Action>) change -> rebuild());
        rebuild();
    }

    Menu menu() {
        return menu;
    }

    private void rebuild() {
        toggles.forEach(Subscription::unsubscribe);
        toggles.clear();
        List<Entry> entries = new ArrayList<>();
        for (Action a : registry.in(which)) {
            entries.add(new Entry(a.place(), item(a), a.toggle() != null && a.toggle().radio()));
        }
        fixed.forEach(f -> entries.add(new Entry(f.place(), f.item(), false)));
        entries.sort(Comparator.comparing(Entry::place, Action.Place.ORDER));

        List<MenuItem> items = new ArrayList<>();
        Map<Integer, ToggleGroup> radioGroups = new HashMap<>();
        Integer group = null;
        for (Entry e : entries) {
            if (group != null && group != e.place().group()) {
                items.add(new SeparatorMenuItem());
            }
            group = e.place().group();
            if (e.radio()) {
                ((RadioMenuItem) e.item()).setToggleGroup(
                        radioGroups.computeIfAbsent(e.place().group(), g -> new ToggleGroup()));
            }
            items.add(e.item());
        }
        menu.getItems().setAll(items);
    }

    private MenuItem item(Action a) {
        MenuItem item;
        if (a.toggle() == null) {
            item = new MenuItem();
        } else if (a.toggle().radio()) {
            RadioMenuItem r = new RadioMenuItem();
            toggles.add(a.toggle().selected().subscribe(r::setSelected));
            item = r;
        } else {
            CheckMenuItem c = new CheckMenuItem();
            toggles.add(a.toggle().selected().subscribe(c::setSelected));
            item = c;
        }
        item.setId(a.id());
        item.textProperty().bind(state.text(a.textKey()));
        item.setAccelerator(a.accelerator());
        item.disableProperty().bind(a.enabled().map(on -> !on));
        item.setOnAction(e -> a.handler().run());
        return item;
    }
}
