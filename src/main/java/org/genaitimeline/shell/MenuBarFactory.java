package org.genaitimeline.shell;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;

/**
 * The menu bar: File, View, Help, each built from the {@link ActionRegistry}. Labels carry
 * mnemonics from the bundles ({@code _File}, {@code 文件(_F)}) and follow the language; the
 * Language and Theme pickers sit in View's second group and follow {@link AppState}.
 */
final class MenuBarFactory {

    /** View's group of pickers, between the views and the screen modes. */
    private static final int VIEW_PICKERS = 1;

    private MenuBarFactory() {
    }

    /** @param more further ready-made items (File > Open recent) */
    static MenuBar create(AppState state, ActionRegistry registry, List<ActionMenu.Fixed> more) {
        List<ActionMenu.Fixed> pickers = new java.util.ArrayList<>(List.of(
                new ActionMenu.Fixed(new Action.Place(Action.Menu.VIEW, VIEW_PICKERS, 0), languages(state)),
                new ActionMenu.Fixed(new Action.Place(Action.Menu.VIEW, VIEW_PICKERS, 1), themes(state))));
        pickers.addAll(more);
        MenuBar bar = new MenuBar();
        for (Action.Menu m : Action.Menu.values()) {
            bar.getMenus().add(new ActionMenu(state, registry, m, pickers).menu());
        }
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu languages(AppState state) {
        Menu language = new Menu();
        language.textProperty().bind(state.text("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            // Each language names itself, so a reader who cannot read the other can still find theirs.
            RadioMenuItem r = new RadioMenuItem(Messages.of(l).get("language.self"));
            r.setMnemonicParsing(false);
            r.setId("menu-language-" + l.code());
            r.setToggleGroup(languages);
            r.setOnAction(e -> state.setLanguage(l));
            state.languageProperty().subscribe(now -> r.setSelected(now == l));
            language.getItems().add(r);
        }
        return language;
    }

    private static Menu themes(AppState state) {
        Menu theme = new Menu();
        theme.textProperty().bind(state.text("menu.view.theme"));
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
        return theme;
    }
}
