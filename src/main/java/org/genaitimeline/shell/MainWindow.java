package org.genaitimeline.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Problem;
import org.genaitimeline.detail.DetailPane;
import org.genaitimeline.figure.FontStack;
import org.genaitimeline.filter.FilterSidebar;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.prefs.RecentFiles;
import org.genaitimeline.session.CatalogSession;
import org.genaitimeline.session.RememberedCatalog;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.table.TablesScreen;

/**
 * The main window's content: menu bar, filter sidebar | centre tabs | detail pane, status
 * bar. It wires the screens to {@link AppState}; the screens never see each other.
 *
 * <p>The Timeline, Parameter growth and Lineage tabs take their content from the constructor, so the
 * real views plug in without touching this class; {@code null} shows an honest placeholder.
 */
public final class MainWindow extends BorderPane {

    /** Base stylesheet: structure only, colours from the theme tokens. */
    public static final String BASE_CSS = MainWindow.class.getResource("/org/genaitimeline/theme/base.css")
            .toExternalForm();

    private final AppState state;
    private final ActionRegistry actions = new ActionRegistry();
    private final CatalogSession session;
    private final ImportDialogs importDialogs;
    private ImportMenu.FilePicker picker = this::pickWithChooser;
    private final FilterSidebar sidebar;
    private final TablesScreen tables;
    private final DetailPane detail;
    private final SplitPane split;
    private final DetailSpace detailSpace;
    private final TabPane tabs = new TabPane();
    private final Map<AppState.View, Tab> tabByView = new EnumMap<>(AppState.View.class);
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Alert problemsDialog;
    /** File > Open recent, newest first; the app loads and saves it with the preferences. */
    private final javafx.collections.ObservableList<RecentFiles.Entry> recent =
            javafx.collections.FXCollections.observableArrayList();
    private java.util.function.Predicate<Path> viewOpener = p -> false;
    private FileChooserService choosers = FileChooserService.system();

    /**
     * @param timeline the Timeline tab's content, or null for the "coming later" placeholder
     * @param growth the Parameter growth tab's content, or null for the placeholder
     */
    public MainWindow(AppState state, BackgroundWork work, LinkOpener links, CatalogLoader loader,
            Node timeline, Node growth) {
        this(state, work, links, loader, timeline, growth, null);
    }

    /** @param lineage the Lineage tab's content, or null for the placeholder */
    public MainWindow(AppState state, BackgroundWork work, LinkOpener links, CatalogLoader loader,
            Node timeline, Node growth, Node lineage) {
        this(state, work, links, loader, timeline, growth, lineage, Startup.ALL_AT_ONCE);
    }

    /** What of the window the first frame holds (the app starts with {@link Startup#FIRST_FRAME_FIRST}). */
    public enum Startup {
        /** Every part made and in the scene from the start (tests that look parts up at once). */
        ALL_AT_ONCE,
        /**
         * Start-up: the filter sidebar's controls are made once the first frame has been
         * rendered ({@link FilterSidebar.Arrival#AFTER_FIRST_FRAME}; Ctrl+F or a press into
         * the sidebar makes them at once), and the detail pane's nodes join the scene when it
         * first opens (closed, it has no width). {@link #whenComplete} tells when the sidebar
         * is all there.
         */
        FIRST_FRAME_FIRST
    }

    /** @param startup what the first frame holds */
    public MainWindow(AppState state, BackgroundWork work, LinkOpener links, CatalogLoader loader,
            Node timeline, Node growth, Node lineage, Startup startup) {
        this.state = state;
        getStyleClass().add("main-window");
        this.importDialogs = new ImportDialogs(state, this::window);
        this.session = new CatalogSession(state, work, loader, new CatalogSession.Ui() {
            @Override
            public void problems(List<Problem> problems) {
                showProblems(problems);
            }

            @Override
            public void imported(org.genaitimeline.importer.ImportResult result) {
                importDialogs.imported(result);
            }

            @Override
            public void refused(String file, String why) {
                importDialogs.refused(file, why);
            }

            @Override
            public void added(String file, org.genaitimeline.importer.CatalogMerge.Result result) {
                importDialogs.added(file, result);
            }
        });
        boolean firstFrameFirst = startup == Startup.FIRST_FRAME_FIRST;
        sidebar = new FilterSidebar(state, firstFrameFirst ? FilterSidebar.Arrival.AFTER_FIRST_FRAME
                : FilterSidebar.Arrival.AT_ONCE);
        tables = new TablesScreen(state, links);
        detail = new DetailPane(state, links);

        addTab(AppState.View.TIMELINE, timeline == null ? placeholder() : timeline);
        addTab(AppState.View.GROWTH, growth == null ? placeholder() : growth);
        addTab(AppState.View.TABLES, tables);
        addTab(AppState.View.LINEAGE, lineage == null ? placeholder() : lineage);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");
        subscriptions.add(state.currentViewProperty().subscribe(v -> tabs.getSelectionModel().select(tabByView.get(v))));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) ->
                state.showView((AppState.View) is.getUserData()));

        split = new SplitPane(sidebar, tabs, detail);
        split.setId("main-split");
        split.setDividerPositions(0.2, DetailSpace.DEFAULT_OPEN);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(detail, false);
        javafx.beans.binding.BooleanBinding detailWanted = state.selectedModelProperty().isNotNull()
                .or(state.shownEraProperty().isNotNull()).or(detail.pinnedProperty());
        if (firstFrameFirst) {
            detail.keepNodesOutUntil(detailWanted);
        }
        detailSpace = new DetailSpace(split, detail, detailWanted);

        WindowActions.register(actions, state, new WindowActions.Handlers(this::chooseCatalog, Platform::exit,
                this::toggleFullScreen, fullScreen.getReadOnlyProperty(), session.busyProperty().not(),
                this::showShortcuts, this::showAbout));
        ImportMenu.register(actions, session, () -> picker);
        // Whatever opened a catalog (the menu, a drop, Open recent) leaves it in the session's list.
        session.remembered().addListener((javafx.collections.ListChangeListener<RememberedCatalog>) c ->
                session.remembered().stream().filter(r -> r.kind() == RememberedCatalog.Kind.OPEN).findFirst()
                        .ifPresent(r -> noteRecent(RecentFiles.Kind.CATALOG, r.file())));
        RecentMenu recentMenu = new RecentMenu(state, recent, this::openCatalog, this::openView);
        javafx.scene.control.MenuBar menuBar = MenuBarFactory.create(state, actions, List.of(new ActionMenu.Fixed(
                new Action.Place(Action.Menu.FILE, 0, 0), recentMenu.menu())));
        FileDrops.install(this, new FileDrops.Handlers(this::openCatalog, session::importEpoch, this::openView));
        setTop(menuBar);
        setCenter(split);
        BorderPane bottom = new BorderPane(new StatusBar(state));
        bottom.setRight(new ImportStatus(state, session));
        bottom.getStyleClass().add("status-row");
        setBottom(bottom);

        // Ctrl+F from anywhere in the window; the stylesheets follow the theme.
        sceneProperty().subscribe(this::attachScene);
    }

    /** Loads the bundled catalog off the FX thread; {@code then} runs on the FX thread after. */
    public void openBundled(Runnable then) {
        session.openBundled(then);
    }

    /**
     * Loads a catalog file through the same path File > Open catalog uses; on problems a
     * dialog lists them and the current catalog stays.
     */
    public void openCatalog(Path modelsFile) {
        session.open(modelsFile, () -> { });
    }

    /**
     * Opens a saved view or deck through what File > Open view does (set by the lecture
     * features); true when it opened, which puts it on File > Open recent.
     */
    public boolean openView(Path viewFile) {
        boolean opened = viewOpener.test(viewFile);
        if (opened) {
            noteRecent(RecentFiles.Kind.VIEW, viewFile);
        }
        return opened;
    }

    /** Who opens view files (the lecture features, which own File > Open view). */
    public void setViewOpener(java.util.function.Predicate<Path> opener) {
        this.viewOpener = opener;
    }

    /** File > Open recent's list, newest first (the app restores and saves it). */
    public javafx.collections.ObservableList<RecentFiles.Entry> recentFiles() {
        return recent;
    }

    /** The file choosers of the File menu, remembering their folders (the app passes its preferences). */
    public void setFileChoosers(FileChooserService choosers) {
        this.choosers = choosers;
    }

    private void noteRecent(RecentFiles.Kind kind, Path file) {
        List<RecentFiles.Entry> next = RecentFiles.opened(recent, new RecentFiles.Entry(kind, file));
        if (!next.equals(recent)) {
            recent.setAll(next);
        }
    }

    /** Open, add and import: what they remember, the status notice, the import's progress. */
    public CatalogSession session() {
        return session;
    }

    /** The window's commands: the menus, the shortcuts dialog and presentation mode read them; features add theirs. */
    public ActionRegistry actions() {
        return actions;
    }

    /** Replaces the native file chooser of the File menu (tests inject their files). */
    public void setFilePicker(ImportMenu.FilePicker picker) {
        this.picker = picker;
    }

    /** The last import or add-catalog dialog shown, or null (tests). */
    public Alert importDialog() {
        return importDialogs.last();
    }

    /**
     * Runs {@code then} once the parts made after the first frame are all there (at once if
     * they are, or were never deferred): the end of the window's start-up work, which
     * {@code --startup-probe} reports as {@code interactive-ms}.
     */
    public void whenComplete(Runnable then) {
        if (sidebar.completeProperty().get()) {
            then.run();
            return;
        }
        sidebar.completeProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    o.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Gives the keyboard focus to the centre tabs. */
    public void focusCentre() {
        tabs.requestFocus();
    }

    public FilterSidebar sidebar() {
        return sidebar;
    }

    public TablesScreen tables() {
        return tables;
    }

    public DetailPane detail() {
        return detail;
    }

    public SplitPane split() {
        return split;
    }

    /**
     * The split pane's divider positions as the reader left them (the detail pane's where it
     * was last open, also while it is closed), for the preferences and presentation mode.
     */
    public double[] dividerPositions() {
        return detailSpace.positions();
    }

    /** Puts back positions from {@link #dividerPositions()}; the detail pane stays closed if it has nothing to show. */
    public void setDividerPositions(double[] positions) {
        detailSpace.setPositions(positions);
    }

    /** The last problems dialog shown, or null (tests). */
    public Alert problemsDialog() {
        return problemsDialog;
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        sidebar.dispose();
        tables.dispose();
        detail.dispose();
        detailSpace.dispose();
    }

    private void addTab(AppState.View view, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(state.text("tab." + view.name().toLowerCase(java.util.Locale.ROOT)));
        tab.setUserData(view);
        tab.setId("tab-" + view.name().toLowerCase(java.util.Locale.ROOT));
        tabByView.put(view, tab);
        tabs.getTabs().add(tab);
        attachWhenFirstSelected(tab, content);
    }

    /**
     * Start-up: a tab's content joins the scene only once the tab is first selected, so the
     * first frame styles and lays out the default tab alone rather than all three (the skin
     * sizes hidden tabs' content too). The content object is made at once, since the menus,
     * the presentation and the export reach it whichever tab shows; the Parameter growth and
     * Tables contents build their controls when they first join the scene, i.e. here.
     */
    private static void attachWhenFirstSelected(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    if (tab.getContent() == null && content.getParent() == null) {
                        tab.setContent(content);
                    }
                }
            }
        });
    }

    private Node placeholder() {
        Label l = new Label();
        l.textProperty().bind(state.text("tab.comingLater"));
        l.getStyleClass().add("placeholder");
        return new StackPane(l);
    }

    private void attachScene(Scene scene) {
        if (scene == null) {
            return;
        }
        subscriptions.add(state.themeProperty().subscribe(
                t -> scene.getStylesheets().setAll(BASE_CSS, FontStack.stylesheet(), t.stylesheet())));
        scene.getAccelerators().put(NonMenuKeys.SEARCH, sidebar::focusSearch);
        // A handler, not a filter: the search field (clearing itself) and presentation mode
        // (leaving) consume their Esc first; what reaches the scene clears the selection.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && state.getSelectedModel() != null) {
                state.select(null);
                e.consume();
            }
        });
        scene.windowProperty().subscribe(w -> {
            if (w instanceof Stage stage) {
                stage.fullScreenProperty().subscribe(fullScreen::set);
            }
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseCatalog() {
        picker.pick(ImportMenu.Purpose.OPEN_CATALOG).ifPresent(this::openCatalog);
    }

    private java.util.Optional<Path> pickWithChooser(ImportMenu.Purpose purpose) {
        boolean csv = purpose == ImportMenu.Purpose.IMPORT_EPOCH;
        String title = state.messages().get(switch (purpose) {
            case OPEN_CATALOG -> "open.title";
            case ADD_CATALOG -> "add.chooser.title";
            case IMPORT_EPOCH -> "import.chooser.title";
        });
        return csv ? choosers.open(window(), title, state.messages().get("import.chooser.filter"), "*.csv")
                : choosers.open(window(), title, state.messages().get("open.filter"), "*.json");
    }

    private void showProblems(List<Problem> problems) {
        problemsDialog = Dialogs.problems(window(), state, problems);
        problemsDialog.show();
    }

    private void showShortcuts() {
        Dialogs.shortcuts(window(), state, actions).show();
    }

    private void showAbout() {
        Dialogs.about(window(), state).show();
    }

    private void toggleFullScreen() {
        if (window() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
