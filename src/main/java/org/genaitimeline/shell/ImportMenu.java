package org.genaitimeline.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.genaitimeline.session.CatalogSession;
import org.genaitimeline.state.AppState;

/**
 * File > Import Epoch AI CSV… (Ctrl+I), Add catalog… and Back to the bundled catalog, put
 * into the File menu after Open catalog. Kept apart from {@link MenuBarFactory} so the menu
 * bar's own code stays as it is. The files come from a {@link FilePicker}, which tests replace
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

    static void install(MenuBar bar, AppState state, CatalogSession session, java.util.function.Supplier<FilePicker> picker) {
        Menu file = bar.getMenus().get(0);
        MenuItem importEpoch = item(state, "menu.file.importEpoch", "menu-import-epoch", KeyboardShortcuts.IMPORT,
                () -> picker.get().pick(Purpose.IMPORT_EPOCH).ifPresent(session::importEpoch));
        MenuItem add = item(state, "menu.file.addCatalog", "menu-add-catalog", null,
                () -> picker.get().pick(Purpose.ADD_CATALOG).ifPresent(session::add));
        MenuItem bundled = item(state, "menu.file.bundled", "menu-bundled", null, () -> session.openBundled(() -> { }));
        MenuItem open = file.getItems().stream().filter(i -> "menu-open".equals(i.getId())).findFirst()
                .orElse(null);
        // Open too: the session queues actions, but one that waits behind a long import
        // would surprise; the menu says "wait" instead.
        for (MenuItem i : open == null ? new MenuItem[] {importEpoch, add, bundled}
                : new MenuItem[] {open, importEpoch, add, bundled}) {
            i.disableProperty().bind(session.busyProperty());
        }
        int at = file.getItems().indexOf(open) + 1;
        file.getItems().addAll(at, java.util.List.of(add, importEpoch, bundled));
    }

    private static MenuItem item(AppState state, String key, String id, KeyCombination keys, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(state.text(key));
        i.setId(id);
        if (keys != null) {
            i.setAccelerator(keys);
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
