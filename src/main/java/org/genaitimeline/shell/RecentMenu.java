package org.genaitimeline.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.genaitimeline.prefs.RecentFiles;
import org.genaitimeline.state.AppState;

/**
 * File > Open recent: the catalogs and views of {@link RecentFiles}, newest first. Checked
 * each time the menu opens: a file that is gone is shown greyed out with "not found", and
 * "Remove missing files" drops those; choosing a file opens it as its menu item would.
 */
final class RecentMenu {

    private final AppState state;
    private final ObservableList<RecentFiles.Entry> recent;
    private final Consumer<Path> openCatalog;
    private final Consumer<Path> openView;
    private final Menu menu = new Menu();

    RecentMenu(AppState state, ObservableList<RecentFiles.Entry> recent, Consumer<Path> openCatalog,
            Consumer<Path> openView) {
        this.state = state;
        this.recent = recent;
        this.openCatalog = openCatalog;
        this.openView = openView;
        menu.setId("menu-recent");
        menu.textProperty().bind(state.text("menu.file.recent"));
        // Rebuilt when the list or the language changes and whenever the menu opens (files come and go).
        recent.addListener((ListChangeListener<RecentFiles.Entry>) c -> rebuild());
        state.languageProperty().subscribe(l -> rebuild());
        menu.setOnShowing(e -> rebuild());
    }

    Menu menu() {
        return menu;
    }

    void rebuild() {
        var m = state.messages();
        menu.getItems().clear();
        var shown = RecentFiles.shown(recent, Files::isRegularFile);
        for (int i = 0; i < shown.size(); i++) {
            RecentFiles.Shown s = shown.get(i);
            Path p = s.entry().path();
            String kind = m.get(s.entry().kind() == RecentFiles.Kind.CATALOG ? "recent.catalog" : "recent.view");
            String where = p.getParent() == null ? "" : p.getParent().toString();
            MenuItem item = new MenuItem(s.present() ? m.get("recent.item", p.getFileName(), kind, where)
                    : m.get("recent.missing", p.getFileName(), where));
            item.setMnemonicParsing(false);
            item.setId("menu-recent-" + i);
            item.setDisable(!s.present());
            item.setOnAction(e -> (s.entry().kind() == RecentFiles.Kind.CATALOG ? openCatalog : openView).accept(p));
            menu.getItems().add(item);
        }
        if (shown.isEmpty()) {
            MenuItem none = new MenuItem(m.get("recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem removeMissing = new MenuItem(m.get("recent.removeMissing"));
        removeMissing.setId("menu-recent-remove-missing");
        removeMissing.setDisable(shown.stream().allMatch(RecentFiles.Shown::present));
        removeMissing.setOnAction(e -> recent.setAll(RecentFiles.withoutMissing(recent, Files::isRegularFile)));
        MenuItem clear = new MenuItem(m.get("recent.clear"));
        clear.setId("menu-recent-clear");
        clear.setOnAction(e -> recent.clear());
        menu.getItems().addAll(removeMissing, clear);
    }
}
