package org.genaitimeline.shell;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * One command of the window, as the menu bar, Help > Keyboard shortcuts and presentation
 * mode all read it from the {@link ActionRegistry}. Built with {@link #of} and the
 * {@code with...} steps, so a registration reads as a sentence.
 *
 * @param id the menu item's id ({@code menu-open}), unique in the registry
 * @param textKey the menu text's message key, mnemonic included ({@code _Open catalog…})
 * @param place the menu, the group between separators and the position in the group
 * @param shortcut the accelerator and its line in Help > Keyboard shortcuts, or null
 * @param handler what the command does
 * @param enabled whether it can run now
 * @param toggle for a check or radio item, what it shows as selected; else null
 */
public record Action(String id, String textKey, Place place, Shortcut shortcut, Runnable handler,
        ObservableValue<Boolean> enabled, Toggle toggle) {

    /** The menus of the bar, in order, by their message keys. */
    public enum Menu {
        FILE("menu.file"), VIEW("menu.view"), HELP("menu.help");

        private final String textKey;

        Menu(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }
    }

    /** Where an item sits: groups are kept apart by separators, order counts within a group. */
    public record Place(Menu menu, int group, int order) {

        /** Menu bar order: menu, then group, then position. */
        public static final Comparator<Place> ORDER = Comparator.comparing(Place::menu)
                .thenComparingInt(Place::group).thenComparingInt(Place::order);
    }

    /** An accelerator and the message key that says what it does in the shortcuts dialog. */
    public record Shortcut(KeyCombination keys, String helpKey) {
    }

    /** A check item (on/off) or a radio item (one of its group), and its selected state. */
    public record Toggle(ObservableValue<Boolean> selected, boolean radio) {
    }

    private static final ObservableValue<Boolean> ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(enabled, "enabled");
    }

    /** A plain, always enabled menu item without a shortcut. */
    public static Action of(String id, String textKey, Place place, Runnable handler) {
        return new Action(id, textKey, place, null, handler, ALWAYS, null);
    }

    public Action withShortcut(KeyCombination keys, String helpKey) {
        return new Action(id, textKey, place, new Shortcut(keys, helpKey), handler, enabled, toggle);
    }

    public Action enabledWhen(ObservableValue<Boolean> condition) {
        return new Action(id, textKey, place, shortcut, handler, condition, toggle);
    }

    /** A check item showing {@code selected}. */
    public Action checked(ObservableValue<Boolean> selected) {
        return new Action(id, textKey, place, shortcut, handler, enabled, new Toggle(selected, false));
    }

    /** A radio item showing {@code selected}, exclusive with the other radio items of its group. */
    public Action radio(ObservableValue<Boolean> selected) {
        return new Action(id, textKey, place, shortcut, handler, enabled, new Toggle(selected, true));
    }

    /** Ctrl (Cmd on macOS), any further modifiers, and a key. */
    public static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = Arrays.copyOf(more, more.length + 1);
        all[more.length] = KeyCombination.SHORTCUT_DOWN;
        return new KeyCodeCombination(key, all);
    }

    /** The accelerator, or null. */
    public KeyCombination accelerator() {
        return shortcut == null ? null : shortcut.keys();
    }
}
