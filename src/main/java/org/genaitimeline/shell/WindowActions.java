package org.genaitimeline.shell;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.genaitimeline.state.AppState;

/**
 * The window's own commands: File > Open catalog… and Quit, View > the four views and Full
 * screen, Help > Keyboard shortcuts and About. Their keys are declared here and nowhere else.
 */
final class WindowActions {

    /** What the commands do that is not a state change. */
    record Handlers(Runnable openCatalog, Runnable quit, Runnable toggleFullScreen,
            ObservableValue<Boolean> fullScreen, ObservableValue<Boolean> idle, Runnable shortcuts,
            Runnable about) {
    }

    private WindowActions() {
    }

    static void register(ActionRegistry registry, AppState state, Handlers h) {
        // Open waits while the session is busy: the session would queue it, but one that waits
        // behind a long import would surprise; the menu says "wait" instead.
        registry.register(Action.of("menu-open", "menu.file.open", new Action.Place(Action.Menu.FILE, 0, 0),
                h.openCatalog()).withShortcut(Action.shortcut(KeyCode.O), "shortcuts.open").enabledWhen(h.idle()));
        registry.register(Action.of("menu-quit", "menu.file.quit", new Action.Place(Action.Menu.FILE, 2, 0), h.quit())
                .withShortcut(Action.shortcut(KeyCode.Q), "shortcuts.quit"));

        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        String[] helpKeys = {"shortcuts.timeline", "shortcuts.growth", "shortcuts.tables", "shortcuts.lineage"};
        for (AppState.View v : AppState.View.values()) {
            String name = v.name().toLowerCase(Locale.ROOT);
            registry.register(Action.of("menu-view-" + name, "tab." + name,
                    new Action.Place(Action.Menu.VIEW, 0, v.ordinal()), () -> state.showView(v))
                    .withShortcut(Action.shortcut(digits[v.ordinal()]), helpKeys[v.ordinal()])
                    .radio(state.currentViewProperty().map(now -> now == v)));
        }
        registry.register(Action.of("menu-full-screen", "menu.view.fullScreen",
                new Action.Place(Action.Menu.VIEW, 2, 0), h.toggleFullScreen())
                .withShortcut(new KeyCodeCombination(KeyCode.F11), "shortcuts.fullScreen").checked(h.fullScreen()));

        registry.register(Action.of("menu-shortcuts", "menu.help.shortcuts", new Action.Place(Action.Menu.HELP, 0, 0),
                h.shortcuts()));
        registry.register(Action.of("menu-about", "menu.help.about", new Action.Place(Action.Menu.HELP, 0, 1),
                h.about()));
    }
}
