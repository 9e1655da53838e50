package org.genaitimeline.shell;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;

/**
 * The menu bar: File, View, Help. Labels carry mnemonics from the bundles ({@code _File},
 * {@code 文件(_F)}) and follow the language; the radio items follow {@link AppState}.
 */
final class MenuBarFactory {

    /** What the menus do that is not a state change. */
    record Actions(Runnable openCatalog, Runnable quit, Runnable toggleFullScreen,
            ReadOnlyBooleanProperty fullScreen, Runnable shortcuts, Runnable about) {
    }

    private MenuBarFactory() {
    }

    static MenuBar create(AppState state, Actions actions) {
        MenuBar bar = new MenuBar(file(state, actions), view(state, actions), help(state, actions));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(AppState state, Actions actions) {
        MenuItem open = item(state, "menu.file.open", KeyboardShortcuts.OPEN, actions.openCatalog());
        open.setId("menu-open");
        // Open view, Save view, Export and Copy image are added by Lecture, before the separator.
        MenuItem quit = item(state, "menu.file.quit", KeyboardShortcuts.QUIT, actions.quit());
        return menu(state, "menu.file", open, new SeparatorMenuItem(), quit);
    }

    private static Menu view(AppState state, Actions actions) {
        ToggleGroup views = new ToggleGroup();
        Map<AppState.View, KeyCombination> keys = Map.of(AppState.View.TIMELINE, KeyboardShortcuts.TIMELINE,
                AppState.View.GROWTH, KeyboardShortcuts.GROWTH, AppState.View.TABLES, KeyboardShortcuts.TABLES);
        Menu menu = menu(state, "menu.view");
        for (AppState.View v : AppState.View.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(state.text("tab." + v.name().toLowerCase(java.util.Locale.ROOT)));
            r.setAccelerator(keys.get(v));
            r.setToggleGroup(views);
            r.setOnAction(e -> state.showView(v));
            state.currentViewProperty().subscribe(now -> r.setSelected(now == v));
            menu.getItems().add(r);
        }
        menu.getItems().add(new SeparatorMenuItem());

        Menu language = menu(state, "menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            // Each language names itself, so a reader who cannot read the other can still find theirs.
            RadioMenuItem r = new RadioMenuItem(org.genaitimeline.i18n.Messages.of(l).get("language.self"));
            r.setMnemonicParsing(false);
            r.setId("menu-language-" + l.code());
            r.setToggleGroup(languages);
            r.setOnAction(e -> state.setLanguage(l));
            state.languageProperty().subscribe(now -> r.setSelected(now == l));
            language.getItems().add(r);
        }
        Menu theme = menu(state, "menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(state.text("theme." + t.id()));
            r.setId("menu-theme-" + t.id());
            r.setToggleGroup(themes);
            r.setOnAction(e -> state.setTheme(t));
            state.themeProperty().subscribe(now -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        CheckMenuItem full = new CheckMenuItem();
        full.textProperty().bind(state.text("menu.view.fullScreen"));
        full.setAccelerator(KeyboardShortcuts.FULL_SCREEN);
        full.setOnAction(e -> actions.toggleFullScreen().run());
        actions.fullScreen().subscribe(now -> full.setSelected(now));
        menu.getItems().addAll(language, theme, new SeparatorMenuItem(), full);
        return menu;
    }

    private static Menu help(AppState state, Actions actions) {
        return menu(state, "menu.help",
                item(state, "menu.help.shortcuts", null, actions.shortcuts()),
                item(state, "menu.help.about", null, actions.about()));
    }

    private static Menu menu(AppState state, String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(state.text(key));
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(AppState state, String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(state.text(key));
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
