package org.genaitimeline.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {

    private final ActionRegistry registry = new ActionRegistry();

    private static Action action(String id, int group, int order) {
        return Action.of(id, "menu.file.open", new Action.Place(Action.Menu.FILE, group, order), () -> { });
    }

    @Test
    void twoActionsCannotShareKeys() {
        registry.register(action("a", 0, 0).withShortcut(Action.shortcut(KeyCode.O), "shortcuts.open"));

        assertThatThrownBy(() -> registry.register(action("b", 0, 1)
                .withShortcut(Action.shortcut(KeyCode.O), "shortcuts.open")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }

    @Test
    void twoActionsCannotShareAnIdOrAPlace() {
        registry.register(action("a", 0, 0));

        assertThatThrownBy(() -> registry.register(action("a", 0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.register(action("b", 0, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortcutsComeInMenuOrderWhateverTheOrderOfRegistration() {
        registry.register(Action.of("help", "menu.help.about", new Action.Place(Action.Menu.HELP, 0, 0), () -> { })
                .withShortcut(Action.shortcut(KeyCode.H), "shortcuts.open"));
        registry.register(action("late", 1, 0).withShortcut(Action.shortcut(KeyCode.L), "shortcuts.open"));
        registry.register(action("early", 0, 5).withShortcut(Action.shortcut(KeyCode.E), "shortcuts.open"));
        registry.register(action("plain", 0, 0));

        assertThat(registry.withShortcuts()).extracting(Action::id).containsExactly("early", "late", "help");
        assertThat(registry.in(Action.Menu.FILE)).extracting(Action::id).containsExactly("plain", "early", "late");
    }
}
