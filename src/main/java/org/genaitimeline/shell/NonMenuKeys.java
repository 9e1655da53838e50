package org.genaitimeline.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys that are no menu's command (the menus' own come from the {@link ActionRegistry}):
 * Help > Keyboard shortcuts lists these after the registry's.
 */
public final class NonMenuKeys {

    /** Ctrl+F from anywhere in the window: the search field. */
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** One line of the list: the keys as shown, and the message key of what they do. */
    public record Entry(String keys, String helpKey) {
    }

    /** In the order Help lists them. */
    public static final List<Entry> ALL = List.of(
            new Entry(SEARCH.getDisplayText(), "shortcuts.search"),
            new Entry("Esc", "shortcuts.clearSearch"),
            new Entry("\u2191 \u2193", "shortcuts.arrows"),
            new Entry("Enter", "shortcuts.enter"),
            new Entry("Shift+\u2190 \u2192, Enter", "shortcuts.timelineFocus"),
            new Entry("\u2190 \u2192 \u2191 \u2193, Home, Enter", "shortcuts.lineageFocus"),
            // The tables' own copy (PresetTable), active where a table has the focus.
            new Entry(Action.shortcut(KeyCode.C).getDisplayText(), "shortcuts.copy"),
            new Entry("Tab / Shift+Tab", "shortcuts.focus"),
            new Entry("Alt / F10", "shortcuts.menu"));

    private NonMenuKeys() {
    }
}
