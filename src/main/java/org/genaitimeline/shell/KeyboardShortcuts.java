package org.genaitimeline.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.genaitimeline.lecture.Lecture;

/**
 * The app's keyboard shortcuts in one place: the menus and the window install them, and
 * Help > Keyboard shortcuts lists them from here, so the list cannot drift from the keys.
 */
public final class KeyboardShortcuts {

    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TIMELINE = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination GROWTH = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TABLES = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** One line of the shortcuts list: the keys as shown, and the message key of what they do. */
    public record Entry(String keys, String actionKey) {
    }

    private KeyboardShortcuts() {
    }

    /** Every shortcut, in the order Help lists them. */
    public static List<Entry> all() {
        return List.of(
                new Entry(SEARCH.getDisplayText(), "shortcuts.search"),
                new Entry("Esc", "shortcuts.clearSearch"),
                new Entry(TIMELINE.getDisplayText(), "shortcuts.timeline"),
                new Entry(GROWTH.getDisplayText(), "shortcuts.growth"),
                new Entry(TABLES.getDisplayText(), "shortcuts.tables"),
                new Entry("\u2191 \u2193", "shortcuts.arrows"),
                new Entry("Enter", "shortcuts.enter"),
                new Entry(COPY.getDisplayText(), "shortcuts.copy"),
                new Entry("Tab / Shift+Tab", "shortcuts.focus"),
                new Entry("Alt / F10", "shortcuts.menu"),
                new Entry(OPEN.getDisplayText(), "shortcuts.open"),
                new Entry(IMPORT.getDisplayText(), "shortcuts.importEpoch"),
                new Entry(FULL_SCREEN.getDisplayText(), "shortcuts.fullScreen"),
                new Entry(QUIT.getDisplayText(), "shortcuts.quit"),
                new Entry(Lecture.PRESENT.getDisplayText(), "shortcuts.presentation"),
                new Entry(Lecture.EXPORT.getDisplayText(), "shortcuts.export"),
                new Entry(Lecture.COPY_IMAGE.getDisplayText(), "shortcuts.copyImage"),
                new Entry(Lecture.SAVE_VIEW.getDisplayText(), "shortcuts.saveView"),
                new Entry(Lecture.OPEN_VIEW.getDisplayText(), "shortcuts.openView"));
    }
}
