package org.genaitimeline.lecture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.genaitimeline.shell.Action;
import org.genaitimeline.shell.ActionRegistry;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.LineageTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.Prompts;
import org.genaitimeline.shell.SafeWrites;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;

/**
 * The lecture-hall features wired into the window: File > Open view..., Save view...,
 * Export..., Copy image, and View > Presentation mode, with their shortcuts. Registered in
 * the window's {@link ActionRegistry} rather than built into its menus, so the window knows
 * nothing of them.
 */
public final class Lecture {

    /** The id of View > Presentation mode, whose keys also leave the mode. */
    static final String PRESENTATION = "menu-presentation";

    private final AppState state;
    private final MainWindow window;
    private final ViewBridge bridge;
    private final PresentationMode presentation;
    private final FigureExport export;
    private final FileChooserService files;
    private final Prompts prompts;
    private final SafeWrites writes;
    private final ExportWork work;
    private ExportDialog exportDialog;
    private ExportProgress<javafx.scene.image.WritableImage> copying;

    public Lecture(AppState state, MainWindow window, TimelineTab timelineTab, GrowthTab growthTab, FileChooserService files,
            Prompts prompts, Map<String, FigureRenderer> renderers) {
        this(state, window, timelineTab, growthTab, null, files, prompts, renderers, ExportWork.background());
    }

    /** @param work where exports are encoded and written (tests: at once, or a writer they hold) */
    public Lecture(AppState state, MainWindow window, TimelineTab timelineTab, GrowthTab growthTab, FileChooserService files,
            Prompts prompts, Map<String, FigureRenderer> renderers, ExportWork work) {
        this(state, window, timelineTab, growthTab, null, files, prompts, renderers, work);
    }

    /**
     * @param lineageTab the Lineage tab, or null where the window has none (its options then
     *     stay at their defaults in views and exports)
     * @param work where exports are encoded and written (tests: at once, or a writer they hold)
     */
    public Lecture(AppState state, MainWindow window, TimelineTab timelineTab, GrowthTab growthTab,
            LineageTab lineageTab, FileChooserService files, Prompts prompts, Map<String, FigureRenderer> renderers,
            ExportWork work) {
        this.work = work;
        this.state = state;
        this.window = window;
        this.files = files;
        this.prompts = prompts;
        this.writes = new SafeWrites(state, prompts);
        var lineage = lineageTab == null ? null : lineageTab.view();
        bridge = new ViewBridge(state, timelineTab.view(), growthTab.view(), window.tables(), lineage);
        presentation = new PresentationMode(state, window, timelineTab, growthTab, lineageTab, bridge);
        export = new FigureExport(state, timelineTab.view(), growthTab.view(), window.tables(),
                () -> lineage == null ? org.genaitimeline.figure.LineageOptions.DEFAULT : lineage.getOptions(),
                renderers);
        registerActions(window.actions());
        window.setViewOpener(this::openView);
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
        exportDialog = new ExportDialog(owner(), state, export, files, writes, work);
        exportDialog.show();
    }

    /**
     * Copy image: the current figure at its size on screen, twice the pixels, painted in tiles
     * from the background with progress and Cancel, then put on the clipboard; a table as Markdown.
     */
    void copyImage() {
        if (!export.figureShown()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(export.table(TableExports.Format.MARKDOWN));
            Clipboard.getSystemClipboard().setContent(content);
            return;
        }
        double w = Math.max(640, window.getScene().getWidth() * 0.6);
        double h = Math.max(400, window.getScene().getHeight() * 0.8);
        var paint = export.painter(new FigureExport.Settings(FigureExport.Format.PNG, (int) (w * 2), (int) (h * 2), 2,
                "", ""));
        javafx.concurrent.Task<javafx.scene.image.WritableImage> task = new javafx.concurrent.Task<>() {
            @Override
            protected javafx.scene.image.WritableImage call() {
                var image = org.genaitimeline.files.FigureFiles.renderTiled(w, h, 2, paint,
                        d -> updateProgress(d, 1), this::isCancelled);
                return javafx.embed.swing.SwingFXUtils.toFXImage(image, null);
            }
        };
        copying = new ExportProgress<>(owner(), state, state.messages().get("copy.progress.header"), "", task,
                image -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(image);
                    Clipboard.getSystemClipboard().setContent(content);
                }, e -> prompts.error(owner(), state.messages().get("copy.error.title"), String.valueOf(e.getMessage())));
        copying.start(work.executor());
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
        // Through the window, so the view joins File > Open recent like a dropped one.
        files.open(owner(), m.get("view.open.title"), m.get("view.filter"), "*.json").ifPresent(window::openView);
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

    /**
     * File > Open view…, Save view…, Export…, Copy image in a group of their own above Quit,
     * and View > Presentation mode after Full screen.
     */
    private void registerActions(ActionRegistry actions) {
        actions.register(Action.of("menu-open-view", "menu.file.openView", file(0), this::openView)
                .withShortcut(Action.shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN), "shortcuts.openView"));
        actions.register(Action.of("menu-save-view", "menu.file.saveView", file(1), this::saveView)
                .withShortcut(Action.shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN), "shortcuts.saveView"));
        actions.register(Action.of("menu-export", "menu.file.export", file(2), this::showExport)
                .withShortcut(Action.shortcut(KeyCode.E), "shortcuts.export"));
        actions.register(Action.of("menu-copy-image", "menu.file.copyImage", file(3), this::copyImage)
                .withShortcut(Action.shortcut(KeyCode.C, KeyCombination.SHIFT_DOWN), "shortcuts.copyImage"));
        actions.register(Action.of(PRESENTATION, "menu.view.presentation", new Action.Place(Action.Menu.VIEW, 2, 1),
                presentation::toggle).withShortcut(new KeyCodeCombination(KeyCode.F5), "shortcuts.presentation")
                .checked(presentation.activeProperty()));
    }

    private static Action.Place file(int order) {
        return new Action.Place(Action.Menu.FILE, 1, order);
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
