package org.genaitimeline.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.platform.AppLog;
import org.genaitimeline.platform.BrowserCheck;
import org.genaitimeline.platform.Stderr;
import org.genaitimeline.prefs.PreferenceStore;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.savedview.ViewCodec;
import org.genaitimeline.savedview.ViewFileException;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.LineageTab;
import org.genaitimeline.shell.LinkFailure;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.Prompts;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.UncaughtErrors;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;

/**
 * The desktop application: restores the preferences (the last session is a saved view,
 * put back through the same {@link ViewBridge} as File > Open view), shows the window at
 * once and reads the catalog off the FX thread meanwhile (nothing slow before the first
 * frame), and saves the preferences on the way out.
 *
 * <p>Options: {@code --startup-probe} prints {@code first-frame-ms N} (and the CPU time used
 * by then) once the first frame with the catalog has been drawn ({@link FirstFrameProbe}),
 * then {@code interactive-ms N} once what the window makes after its first frame (the filter
 * sidebar's controls) is there and drawn too, then exits. Hidden, for screenshots:
 * {@code --select ID}, {@code --tab timeline|growth|tables|lineage}, {@code --theme ID}, {@code --lang en|zh},
 * {@code --view FILE} (a saved view or deck), {@code --present} (start in presentation mode),
 * {@code --query Q}
 * (a view file's {@code filters} object, e.g. <code>{"eras": ["big-models"], "text": "gpt"}</code>).
 */
public final class GenAiTimelineApp extends Application {

    private PreferenceStore prefs;
    private AppState state;
    private MainWindow window;
    private ViewBridge sessionBridge;
    private Stage stage;
    private boolean probe;
    private PreferenceSaver saver;
    private final StartupWork work = StartupWork.daemonThread();

    /** How long the window waits for the catalog before it shows without (then it follows later, as before). */
    static final long CATALOG_WAIT_MS = 500;
    /** The loader {@link Main} started before the toolkit, reading the bundled catalog meanwhile. */
    private static volatile CatalogLoader early;

    /** The preferences {@link Main} started reading before the toolkit, or null. */
    private static volatile PreferencesAhead earlyPrefs;

    /**
     * Called by {@link Main} before launch, so the bundled catalog and the preferences are
     * read while the toolkit starts.
     */
    static void readCatalogAhead() {
        earlyPrefs = PreferencesAhead.reading();
        early = CatalogLoader.readingBundledAhead();
    }

    private static PreferencesAhead.Read preferences() {
        PreferencesAhead ahead = earlyPrefs;
        earlyPrefs = null;
        return ahead == null ? PreferencesAhead.now() : ahead.get();
    }

    private static CatalogLoader earlyLoader() {
        CatalogLoader loader = early;
        early = null;
        return loader == null ? new CatalogLoader() : loader;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        AppIcon.onEveryWindow();
        List<String> args = getParameters().getRaw();
        probe = args.contains("--startup-probe");
        PreferencesAhead.Read read = preferences();
        prefs = read.prefs();
        SavedView session = read.session();
        state = new AppState(session.language());
        // JavaFX names its own texts (a text field's Cut/Copy/Paste menu, stock buttons) in the
        // default locale's language; follow the app's choice so they switch with it.
        state.languageProperty().subscribe(l -> Locale.setDefault(l.locale()));

        // Whatever fails from here on is logged and shown in a dialog, not lost on stderr.
        new UncaughtErrors(state, () -> stage, AppLog.installForUser()).install();
        LinkOpener links = LinkOpener.checked(new LinkFailure(state, () -> stage, BrowserCheck::available,
                getHostServices()::showDocument));
        TimelineTab timelineTab = new TimelineTab(state);
        GrowthTab growthTab = new GrowthTab(state);
        LineageTab lineageTab = new LineageTab(state);
        window = new MainWindow(state, work, links, earlyLoader(), timelineTab, growthTab, lineageTab,
                MainWindow.Startup.FIRST_FRAME_FIRST);
        FileChooserService choosers = FileChooserService.system(new PreferenceFolders(prefs),
                () -> state.messages().get("chooser.allFiles"));
        window.setFileChoosers(choosers);
        window.recentFiles().setAll(prefs.recent());
        Lecture lecture = new Lecture(state, window, timelineTab, growthTab, lineageTab, choosers,
                Prompts.alerts(state), FigureRenderers.all(), org.genaitimeline.lecture.ExportWork.background());
        sessionBridge = new ViewBridge(state, timelineTab.view(), growthTab.view(), window.tables(), lineageTab.view());
        // The last session comes back as a saved view would; the options below override it.
        sessionBridge.apply(session);
        option(args, "--tab").ifPresent(v -> {
            try {
                state.showView(AppState.View.valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                Stderr.line(state.messages().get("app.error.unknownView", v));
            }
        });
        option(args, "--theme").flatMap(org.genaitimeline.theme.Theme::fromId).ifPresent(state::setTheme);
        option(args, "--lang").map(Language::fromCode).ifPresent(state::setLanguage);
        option(args, "--query").ifPresent(q -> {
            try {
                state.setQuery(new ViewCodec(state.messages()).readFilters("--query", q));
            } catch (ViewFileException e) {
                Stderr.line(state.messages().get("app.error.badQuery", e.getMessage()));
            }
        });
        // The bundled catalog plus the files opened, added or imported last time (a missing one: a notice).
        // Asked before the window is shown so that the read (of the bundled catalog begun in
        // main()) is done by then; StartupWork hands its result over before show() below.
        window.session().restore(prefs.catalogs(), () -> {
            Runnable options = () -> {
                option(args, "--select").ifPresent(state::select);
                option(args, "--view").map(java.nio.file.Path::of).flatMap(lecture::openViewQuietly)
                        .ifPresent(problem -> {
                            Stderr.line(problem);
                            Prompts.alerts(state).error(stage, state.messages().get("view.error.title"), problem);
                        });
                if (args.contains("--present")) {
                    lecture.presentation().enter();
                }
            };
            // The catalog usually arrives before the window shows (below); the options then
            // wait for the shown window, as they did when the catalog always came later.
            if (stage.isShowing()) {
                options.run();
            } else {
                Platform.runLater(options);
            }
            if (probe) {
                FirstFrameProbe.reportAndExit(stage.getScene(), window::whenComplete);
            }
        });
        PreferenceStore.WindowBounds bounds = WindowPlacement.choose(prefs.windowBounds(),
                Screen.getScreens().stream().map(s -> rectangle(s.getVisualBounds())).toList(),
                rectangle(Screen.getPrimary().getVisualBounds()));
        Scene scene = new Scene(window, bounds.width(), bounds.height());
        stage.setScene(scene);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setMaximized(prefs.maximized());
        stage.titleProperty().bind(state.text("app.title"));
        // The catalog, read since main() began, joins the state now if it is there or nearly:
        // the first CSS pass, layout and frame then include it, and nothing is done twice.
        // The saved pane widths too, so the timeline is not laid out at the default widths
        // first; they are put back again once shown, as before, where the window's size moved.
        work.deliverWithin(CATALOG_WAIT_MS);
        window.detail().pinnedProperty().set(prefs.detailPinned());
        prefs.dividers(2).ifPresent(window::setDividerPositions);
        stage.show();
        window.detail().pinnedProperty().set(prefs.detailPinned());
        prefs.dividers(2).ifPresent(window::setDividerPositions);
        // Start in the centre view rather than the search field, so its prompt shows.
        window.focusCentre();
        if (!probe) {
            saver = new PreferenceSaver(this::save);
            saver.watch(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                    stage.maximizedProperty(), state.queryProperty(), state.selectedModelProperty(),
                    state.languageProperty(), state.themeProperty(), state.currentViewProperty(),
                    window.detail().pinnedProperty(), window.session().remembered(), window.recentFiles(),
                    timelineTab.view().visibleStartProperty(), timelineTab.view().visibleEndProperty(),
                    timelineTab.view().orientationProperty(), growthTab.view().logScaleProperty(),
                    window.tables().presetProperty(), lineageTab.view().optionsProperty());
            window.split().getDividers().forEach(d -> saver.watch(d.positionProperty()));
        }
    }

    @Override
    public void stop() {
        if (probe || state == null) {
            return;
        }
        if (saver != null) {
            saver.stop();
        }
        save();
    }

    /** Everything the next start restores, written through at once. */
    private void save() {
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.setWindowBounds(new PreferenceStore.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight()));
        }
        prefs.setMaximized(stage.isMaximized());
        prefs.setSession(sessionBridge.capture());
        prefs.setDividers(window.dividerPositions());
        prefs.setDetailPinned(window.detail().pinnedProperty().get());
        prefs.setCatalogs(window.session().remembered());
        prefs.setRecent(window.recentFiles());
        prefs.flush();
    }

    private static PreferenceStore.WindowBounds rectangle(Rectangle2D r) {
        return new PreferenceStore.WindowBounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private static java.util.Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith(name + "=")) {
                return java.util.Optional.of(args.get(i).substring(name.length() + 1));
            }
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return java.util.Optional.of(args.get(i + 1));
            }
        }
        return java.util.Optional.empty();
    }
}
