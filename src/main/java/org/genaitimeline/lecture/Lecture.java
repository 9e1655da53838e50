package org.genaitimeline.lecture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.genaitimeline.export.TableExports;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.savedview.ViewCodec;
import org.genaitimeline.savedview.ViewFileException;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.Prompts;
import org.genaitimeline.shell.SafeWrites;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;

/**
 * The lecture-hall features wired into the window: File > Open view..., Save view...,
 * Export..., Copy image, and View > Presentation mode, with their shortcuts. Added to the
 * existing menus rather than built into them, so the window knows nothing of them.
 */
public final class Lecture {

    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY_IMAGE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SAVE_VIEW = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination OPEN_VIEW = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);

    private final AppState state;
    private final MainWindow window;
    private final ViewBridge bridge;
    private final PresentationMode presentation;
    private final FigureExport export;
    private final FileChooserService files;
    private final Prompts prompts;
    private final SafeWrites writes;
    private ExportDialog exportDialog;

    public Lecture(AppState state, MainWindow window, TimelineTab timelineTab, GrowthTab growthTab, FileChooserService files,
            Prompts prompts, Map<String, FigureRenderer> renderers) {
        this.state = state;
        this.window = window;
        this.files = files;
        this.prompts = prompts;
        this.writes = new SafeWrites(state, prompts);
        bridge = new ViewBridge(state, timelineTab.view(), growthTab.view(), window.tables());
        presentation = new PresentationMode(state, window, timelineTab, growthTab, bridge);
        export = new FigureExport(state, timelineTab.view(), growthTab.view(), window.tables(), renderers);
        installMenus();
    }

    public PresentationMode presentation() {
        return presentation;
    }

    ViewBridge bridge() {
        return bridge;
    }

    /** The export dialog last opened, or null (tests). */
    public ExportDialog exportDialog() {
        return exportDialog;
    }

    /** File > Export...: the dialog for the current view. */
    public void showExport() {
        exportDialog = new ExportDialog(owner(), state, export, files, writes);
        exportDialog.show();
    }

    /** Copy image: the current figure at its size on screen, twice the pixels; a table as Markdown. */
    void copyImage() {
        ClipboardContent content = new ClipboardContent();
        if (export.figureShown()) {
            double w = Math.max(640, window.getScene().getWidth() * 0.6);
            double h = Math.max(400, window.getScene().getHeight() * 0.8);
            content.putImage(export.image(new FigureExport.Settings(FigureExport.Format.PNG, (int) (w * 2),
                    (int) (h * 2), 2, "", "")));
        } else {
            content.putString(export.table(TableExports.Format.MARKDOWN));
        }
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** File > Save view...: the current view as a small JSON file. */
    public void saveView() {
        var m = state.messages();
        files.save(owner(), m.get("view.save.title"), "saved-view.json", m.get("view.filter"), "*.json")
                .map(p -> ExportDialog.withExtension(p, "json"))
                .ifPresent(p -> writes.write(owner(), p,
                        () -> new ViewCodec(m).write(bridge.capture()).getBytes(StandardCharsets.UTF_8)));
    }

    /** File > Open view...: a view, or a deck that presentation mode then plays. */
    public void openView() {
        var m = state.messages();
        files.open(owner(), m.get("view.open.title"), m.get("view.filter"), "*.json").ifPresent(this::openView);
    }

    /**
     * Opens a view or deck file; a bad file is reported with its line and column and the
     * window keeps what it shows. True when opened.
     */
    public boolean openView(Path file) {
        List<SavedView> views;
        try {
            views = new ViewCodec(state.messages()).read(file);
        } catch (ViewFileException e) {
            prompts.error(owner(), state.messages().get("view.error.title"), e.getMessage());
            return false;
        }
        presentation.setDeck(views.size() > 1 ? views : List.of());
        bridge.apply(views.get(0));
        return true;
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private void installMenus() {
        if (!(window.getTop() instanceof MenuBar bar) || bar.getMenus().size() < 2) {
            return;
        }
        Menu file = bar.getMenus().get(0);
        MenuItem openView = item("menu.file.openView", OPEN_VIEW, this::openView, "menu-open-view");
        MenuItem saveView = item("menu.file.saveView", SAVE_VIEW, this::saveView, "menu-save-view");
        MenuItem exportItem = item("menu.file.export", EXPORT, this::showExport, "menu-export");
        MenuItem copy = item("menu.file.copyImage", COPY_IMAGE, this::copyImage, "menu-copy-image");
        // Before the separator above Quit, wherever other features put their items.
        int at = file.getItems().size();
        for (int i = file.getItems().size() - 1; i >= 0; i--) {
            if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), openView, saveView, exportItem, copy));

        CheckMenuItem present = new CheckMenuItem();
        present.textProperty().bind(state.text("menu.view.presentation"));
        present.setAccelerator(PRESENT);
        present.setId("menu-presentation");
        present.setOnAction(e -> presentation.toggle());
        presentation.activeProperty().subscribe(present::setSelected);
        bar.getMenus().get(1).getItems().add(present);
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action, String id) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(state.text(key));
        i.setAccelerator(accelerator);
        i.setOnAction(e -> action.run());
        i.setId(id);
        return i;
    }

    /** For {@code --view FILE} before the window shows: the problem, if any, as text. */
    public Optional<String> openViewQuietly(Path file) {
        try {
            List<SavedView> views = new ViewCodec(state.messages()).read(file);
            presentation.setDeck(views.size() > 1 ? views : List.of());
            bridge.apply(views.get(0));
            return Optional.empty();
        } catch (ViewFileException e) {
            return Optional.of(e.getMessage());
        }
    }
}
