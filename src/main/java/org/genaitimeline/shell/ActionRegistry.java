package org.genaitimeline.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's commands in one list: the window, the import and the lecture features each
 * register theirs, the menu bar follows the list as it grows, and the shortcuts dialog and
 * presentation mode read their keys from it, so no key is declared twice.
 */
public final class ActionRegistry {

    private static final Comparator<Action> MENU_ORDER = Comparator.comparing(Action::place, Action.Place.ORDER);

    private final ObservableList<Action> actions = FXCollections.observableArrayList();
    private final ObservableList<Action> readOnly = FXCollections.unmodifiableObservableList(actions);

    /**
     * Adds a command.
     *
     * @throws IllegalArgumentException when its id, its place or its accelerator is taken
     */
    public void register(Action action) {
        for (Action a : actions) {
            if (a.id().equals(action.id()) || a.place().equals(action.place())) {
                throw new IllegalArgumentException(action.id() + " collides with " + a.id());
            }
            if (action.accelerator() != null && action.accelerator().equals(a.accelerator())) {
                throw new IllegalArgumentException(action.id() + " takes the keys of " + a.id());
            }
        }
        actions.add(action);
    }

    /** Every command, in the order registered; observable, so a menu can follow it. */
    public ObservableList<Action> all() {
        return readOnly;
    }

    public Optional<Action> find(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The commands of one menu, in menu order. */
    public List<Action> in(Action.Menu menu) {
        return actions.stream().filter(a -> a.place().menu() == menu).sorted(MENU_ORDER).toList();
    }

    /** The commands with an accelerator, in menu bar order. */
    public List<Action> withShortcuts() {
        return actions.stream().filter(a -> a.shortcut() != null).sorted(MENU_ORDER).toList();
    }
}
