package org.genaitimeline.lecture;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.lineage.LineageView;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.shell.Action;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.LineageTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.shell.ViewBridge;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;
import org.genaitimeline.timeline.TimelineView;

/**
 * Presentation mode (F5): full screen, nothing but the current view, the projector theme,
 * type and markers 1.5x (Ctrl +/- adjust). Right/PageDown reveals the next era on the
 * timeline and the chart, Left/PageUp steps back; with a deck loaded they step through its
 * views instead. Esc puts everything back as it was: window bounds, maximised and
 * full-screen state, dividers, chrome, and the whole view (tab, theme, filters, range).
 *
 * <p>The view is moved out of its tab into a bare pane for the duration (no chrome to hide
 * piece by piece) and put back on exit.
 */
public final class PresentationMode {

    public static final double DEFAULT_SCALE = 1.5;
    static final double SCALE_STEP = 0.25;
    static final double MIN_SCALE = 1;
    static final double MAX_SCALE = 3;

    private final AppState state;
    private final MainWindow window;
    private final TimelineTab timelineTab;
    private final GrowthTab growthTab;
    /** Null where the window has no Lineage tab. */
    private final LineageTab lineageTab;
    private final ViewBridge bridge;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final StackPane stagePane = new StackPane();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private List<SavedView> deck = List.of();
    private Snapshot snapshot;

    /** What entering changed, to put back on exit. */
    private record Snapshot(double x, double y, double width, double height, boolean maximized, boolean fullScreen,
            KeyCombination exitKey, double[] dividers, Node top, Node centre, Node bottom, SavedView view,
            double scale, Node shown, Runnable giveBack) {
    }

    PresentationMode(AppState state, MainWindow window, TimelineTab timelineTab, GrowthTab growthTab,
            LineageTab lineageTab, ViewBridge bridge) {
        this.state = state;
        this.window = window;
        this.timelineTab = timelineTab;
        this.growthTab = growthTab;
        this.lineageTab = lineageTab;
        this.bridge = bridge;
        stagePane.getStyleClass().add("presentation");
        stagePane.setId("presentation");
    }

    /** Whether presentation mode is on. */
    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The era step (0 = the first era revealed) or, with a deck, the index of the view shown. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The views Right/Left step through; empty for the era-by-era reveal. */
    void setDeck(List<SavedView> views) {
        deck = List.copyOf(views);
    }

    List<SavedView> deck() {
        return deck;
    }

    void toggle() {
        if (isActive()) {
            exit();
        } else {
            enter();
        }
    }

    public void enter() {
        Scene scene = window.getScene();
        if (isActive() || scene == null || !(scene.getWindow() instanceof Stage stage)) {
            return;
        }
        snapshot = new Snapshot(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                stage.isFullScreen(), stage.getFullScreenExitKeyCombination(), window.dividerPositions(),
                window.getTop(), window.getCenter(), window.getBottom(), bridge.capture(), state.getFigureScale(),
                null, null);
        active.set(true);
        window.setTop(null);
        window.setBottom(null);
        window.setCenter(stagePane);
        state.setFigureScale(DEFAULT_SCALE);
        if (deck.isEmpty()) {
            state.setTheme(Theme.PROJECTOR);
            showCurrentView();
            reveal(firstStep());
        } else {
            showDeckView(0);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        // Esc is ours (it restores everything), not the stage's bare "leave full screen".
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        // Cover the screen even where the window manager ignores full screen (Xvfb, some tiling WMs).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight()).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getBounds();
        stage.setMaximized(false);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        stagePane.requestFocus();
    }

    public void exit() {
        if (!isActive()) {
            return;
        }
        Snapshot s = snapshot;
        Scene scene = window.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        giveBack();
        reveal(-1);
        window.setTop(s.top());
        window.setCenter(s.centre());
        window.setBottom(s.bottom());
        state.setFigureScale(s.scale());
        bridge.apply(s.view());
        active.set(false);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(s.fullScreen());
            stage.setFullScreenExitKeyCombination(s.exitKey());
            stage.setFullScreenExitHint(null);
            stage.setMaximized(s.maximized());
            if (!s.maximized() && !s.fullScreen()) {
                stage.setX(s.x());
                stage.setY(s.y());
                stage.setWidth(s.width());
                stage.setHeight(s.height());
            }
        }
        window.setDividerPositions(s.dividers());
        window.focusCentre();
    }

    /** Right, PageDown, Space: the next era, or the next view of the deck. */
    void next() {
        move(+1);
    }

    /** Left, PageUp, Backspace: one era back, or the previous view of the deck. */
    void previous() {
        move(-1);
    }

    /** Ctrl + and Ctrl -: text and markers larger or smaller; Ctrl 0 back to 1.5x. */
    void scaleBy(int steps) {
        double next = steps == 0 ? DEFAULT_SCALE : state.getFigureScale() + steps * SCALE_STEP;
        state.setFigureScale(Math.max(MIN_SCALE, Math.min(MAX_SCALE, next)));
        fontSize();
    }

    private void move(int delta) {
        if (!deck.isEmpty()) {
            int i = Math.max(0, Math.min(deck.size() - 1, step.get() + delta));
            if (i != step.get()) {
                showDeckView(i);
            }
        } else {
            reveal(steps().clamp(step.get() + delta));
        }
    }

    /**
     * The first era step that shows something on the current view: the foundations before
     * 2014 lie outside the timeline's usual range and have no sized models for the chart, so
     * a talk would otherwise open on an empty figure.
     */
    int firstStep() {
        EraSteps st = steps();
        java.util.Set<String> family = lineageFamily();
        for (int k = 0; k < st.last(); k++) {
            // On the timeline, an era that begins before the visible range (the foundations,
            // 1985-2013) would open the talk on a lone model at the top edge: start with the
            // first era that begins inside the range.
            if (state.getCurrentView() == AppState.View.TIMELINE
                    && st.era(k).start().getYear() < Math.floor(timelineTab.view().getVisibleStart())) {
                continue;
            }
            java.time.LocalDate cutoff = st.cutoff(k);
            boolean any = state.models().stream().anyMatch(m -> m.date().start().isBefore(cutoff) && switch (
                    state.getCurrentView()) {
                case GROWTH -> m.parameters().isPresent();
                case TIMELINE -> m.date().start().getYear() + 1 > timelineTab.view().getVisibleStart();
                // A family tree opens once the centre has a relative on show (the centre always shows).
                case LINEAGE -> family.contains(m.id());
                case TABLES -> true;
            });
            if (any) {
                return k;
            }
        }
        return st.last();
    }

    /** The models of the lineage shown, but its centre; empty off the Lineage tab. */
    private java.util.Set<String> lineageFamily() {
        if (lineageTab == null || state.getCurrentView() != AppState.View.LINEAGE || state.getSelectedModel() == null) {
            return java.util.Set.of();
        }
        var v = lineageTab.view();
        String centre = state.getSelectedModel().id();
        java.util.Set<String> ids = new java.util.HashSet<>(v.graph().select(centre, v.getOptions()).ids());
        ids.remove(centre);
        return ids;
    }

    private EraSteps steps() {
        return new EraSteps(state.getCatalog().eras());
    }

    /** Reveals up to step k on both figures; a negative step reveals everything. */
    private void reveal(int k) {
        java.time.LocalDate cutoff = k < 0 ? null : steps().cutoff(k);
        timelineTab.view().setRevealUntil(cutoff);
        growthTab.view().setRevealUntil(cutoff);
        if (lineageTab != null) {
            lineageTab.view().setRevealUntil(cutoff);
        }
        step.set(Math.max(0, k));
    }

    private void showDeckView(int i) {
        giveBack();
        bridge.apply(deck.get(i));
        reveal(-1);
        step.set(i);
        showCurrentView();
    }

    /** Moves the current view out of its tab onto the bare pane. */
    private void showCurrentView() {
        Node node;
        Runnable back;
        switch (state.getCurrentView()) {
            case TIMELINE -> {
                TimelineView v = timelineTab.view();
                v.setToolbarVisible(false);
                node = v;
                back = () -> {
                    v.setToolbarVisible(true);
                    timelineTab.setCenter(null);
                    timelineTab.setCenter(v);
                };
            }
            case GROWTH -> {
                ParameterGrowthView v = growthTab.view();
                node = v;
                back = () -> {
                    growthTab.setCenter(null);
                    growthTab.setCenter(v);
                };
            }
            case LINEAGE -> {
                if (lineageTab == null) {
                    node = new StackPane();
                    back = () -> { };
                    break;
                }
                LineageView v = lineageTab.view();
                v.setToolbarVisible(false);
                node = v;
                back = () -> {
                    v.setToolbarVisible(true);
                    lineageTab.setCenter(null);
                    lineageTab.setCenter(v);
                };
            }
            default -> {
                Tab tab = tablesTab();
                node = window.tables();
                back = () -> {
                    tab.setContent(null);
                    tab.setContent(window.tables());
                };
            }
        }
        stagePane.getChildren().setAll(node);
        snapshot = new Snapshot(snapshot.x(), snapshot.y(), snapshot.width(), snapshot.height(),
                snapshot.maximized(), snapshot.fullScreen(), snapshot.exitKey(), snapshot.dividers(), snapshot.top(),
                snapshot.centre(), snapshot.bottom(), snapshot.view(), snapshot.scale(), node, back);
        fontSize();
        node.requestFocus();
    }

    /** Puts the shown view back into its tab. */
    private void giveBack() {
        if (snapshot != null && snapshot.giveBack() != null) {
            stagePane.getChildren().clear();
            snapshot.giveBack().run();
        }
    }

    /** The tables follow the figure scale through the root font size (their sizes are in em). */
    private void fontSize() {
        stagePane.setStyle("-fx-font-size: " + Font.getDefault().getSize() * state.getFigureScale() + "px;");
    }

    private Tab tablesTab() {
        TabPane tabs = (TabPane) window.split().lookup("#main-tabs");
        return tabs.getTabs().stream().filter(t -> t.getUserData() == AppState.View.TABLES).findFirst()
                .orElseThrow();
    }

    /**
     * The menu's own keys for presentation mode: the menu bar is out of the scene meanwhile,
     * so its accelerator would not reach the menu item.
     */
    private KeyCombination leaveKeys() {
        return window.actions().find(Lecture.PRESENTATION).map(Action::accelerator).orElse(KeyCombination.NO_MATCH);
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (k == KeyCode.ESCAPE || leaveKeys().match(e)) {
            exit();
        } else if (plain && (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE
                || k == KeyCode.DOWN)) {
            next();
        } else if (plain && (k == KeyCode.LEFT || k == KeyCode.PAGE_UP || k == KeyCode.BACK_SPACE
                || k == KeyCode.UP)) {
            previous();
        } else if (plain && k == KeyCode.HOME && deck.isEmpty()) {
            reveal(firstStep());
        } else if (plain && k == KeyCode.END && deck.isEmpty()) {
            reveal(steps().last());
        } else if (e.isShortcutDown() && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) {
            scaleBy(1);
        } else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            scaleBy(-1);
        } else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            scaleBy(0);
        } else {
            return;
        }
        e.consume();
    }

}
