package org.genaitimeline.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import org.genaitimeline.session.CatalogSession;

/**
 * File > Add catalog…, Import Epoch AI CSV… (Ctrl+I) and Back to the bundled catalog, after
 * Open catalog in the registry. The files come from a {@link FilePicker}, which tests replace
 * so that the same menu path runs without a native file chooser.
 */
public final class ImportMenu {

    /** Chooses a file for a purpose; empty when the user cancels. */
    @FunctionalInterface
    public interface FilePicker {
        Optional<Path> pick(Purpose purpose);
    }

    /** What a file is picked for. */
    public enum Purpose { OPEN_CATALOG, ADD_CATALOG, IMPORT_EPOCH }

    private ImportMenu() {
    }

    /** Registers the three commands; like Open, they wait while the session is busy. */
    static void register(ActionRegistry registry, CatalogSession session, Supplier<FilePicker> picker) {
        var idle = session.busyProperty().not();
        registry.register(Action.of("menu-add-catalog", "menu.file.addCatalog", new Action.Place(Action.Menu.FILE, 0, 1),
                () -> picker.get().pick(Purpose.ADD_CATALOG).ifPresent(session::add)).enabledWhen(idle));
        registry.register(Action.of("menu-import-epoch", "menu.file.importEpoch",
                new Action.Place(Action.Menu.FILE, 0, 2),
                () -> picker.get().pick(Purpose.IMPORT_EPOCH).ifPresent(session::importEpoch))
                .withShortcut(Action.shortcut(KeyCode.I), "shortcuts.importEpoch").enabledWhen(idle));
        registry.register(Action.of("menu-bundled", "menu.file.bundled", new Action.Place(Action.Menu.FILE, 0, 3),
                () -> session.openBundled(() -> { })).enabledWhen(idle));
    }
}
