package org.genaitimeline.lineage;

import java.util.List;
import java.util.Objects;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FigureSkin;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * Paints a {@link LineageView} with the figure kit: the plot of {@link LineageLayout}, painted by
 * the same {@link LineagePainter} as the exports, on the base canvas; hover and the keyboard focus
 * on the overlay. The layout is recomputed only when the centre, the options, the catalog, the
 * theme, the language, the reveal or the size change; a new centre or new options glide the
 * nodes from their old places ({@link LineageTween}) over {@link #GLIDE}, one frame per pulse. A
 * plot larger than the view (a family of hundreds) scrolls; a label says when there is nothing
 * to draw.
 */
final class LineageSkin extends FigureSkin<LineageView> {

    /** How long the nodes take to reach their new places. */
    static final Duration GLIDE = Duration.millis(250);

    private final FxTextMeasure measure = new FxTextMeasure();
    private final LineageToolbar toolbar;
    private final Label empty = new Label();
    private final ScrollBar across = new ScrollBar();
    private final ScrollBar down = new ScrollBar();
    private final Transition glide = new Transition() {
        {
            setCycleDuration(GLIDE);
            setInterpolator(Interpolator.LINEAR);
        }

        @Override
        protected void interpolate(double frac) {
            progress = frac;
            layers.markBaseDirty();
        }
    };
    /** The plot the nodes are moving to (or sit at). */
    private LineagePlot target;
    /** The plot the nodes moved from, and how far along they are. */
    private LineagePlot from;
    private double progress = 1;
    /** What is drawn now: a frame between {@link #from} and {@link #target}. */
    private LineagePlot frame;
    /** Whether the layout must be computed again (not for a frame of the glide). */
    private boolean stale = true;
    /** The centre and options of {@link #target}: a change of these glides, a resize does not. */
    private Object targetKey;
    private double laidOutW = -1;
    private double laidOutH = -1;
    /** How far down a plot shorter than the view is moved, so that it sits in the middle. */
    private double centring;
    /** The centring of the plot the nodes glide from. */
    private double centringFrom;

    LineageSkin(LineageView view) {
        super(view, 1100, 700);
        toolbar = new LineageToolbar(view);
        layers.base().getStyleClass().add("lineage-canvas");
        layers.overlay().setMouseTransparent(true);
        empty.getStyleClass().add("lineage-empty");
        empty.setId("lineage-empty");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        across.setOrientation(Orientation.HORIZONTAL);
        down.setOrientation(Orientation.VERTICAL);
        for (ScrollBar bar : List.of(across, down)) {
            bar.setFocusTraversable(false);
            own(bar.valueProperty().subscribe(v -> layers.markBaseDirty()));
        }
        getChildren().addAll(toolbar, layers.base(), layers.overlay(), empty, across, down);
        restaleOn(view.selectedModelProperty(), view.optionsProperty(), view.catalogProperty(),
                view.paletteProperty(), view.languageProperty(), view.revealUntilProperty());
        relayoutOn(view.toolbarVisibleProperty());
        repaintOverlayOn(view.hoveredModelProperty(), view.focus().focusedProperty(), view.focusedProperty());
        handle(MouseEvent.MOUSE_MOVED, this::onMove);
        handle(MouseEvent.MOUSE_EXITED, e -> view.hover(null));
        handle(MouseEvent.MOUSE_CLICKED, this::onClick);
        handle(ScrollEvent.SCROLL, this::onScroll);
        handle(KeyEvent.KEY_PRESSED, this::onKey);
        own(glide::stop);
        own(toolbar::dispose);
    }

    /** The layout is out of date when any of these change. */
    private void restaleOn(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            own(v.subscribe(now -> {
                stale = true;
                layers.markBaseDirty();
            }));
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        toolbar.setVisible(getSkinnable().isToolbarVisible());
        double th = toolbar.isVisible() ? snapSizeY(toolbar.prefHeight(w)) : 0;
        toolbar.resizeRelocate(x, y, w, th);
        double cw = Math.max(1, snapSizeX(w));
        double ch = Math.max(1, snapSizeY(h - th));
        layers.layout(x, y + th, cw, ch);
        double bar = 12;
        across.resizeRelocate(x, y + th + ch - bar, cw - (down.isVisible() ? bar : 0), bar);
        down.resizeRelocate(x + cw - bar, y + th, bar, ch - (across.isVisible() ? bar : 0));
        double ew = Math.min(cw - 40, 520);
        double eh = empty.prefHeight(ew);
        // Without a centre the message is the whole figure; beside a lone model it sits below it.
        double ey = target != null && !target.isEmpty() ? y + th + ch * 0.72 : y + th + (ch - eh) / 2;
        empty.resizeRelocate(x + (cw - ew) / 2, ey, ew, eh);
    }

    @Override
    protected void paintBase(double w, double h) {
        LineageView v = getSkinnable();
        if (stale || w != laidOutW || h != laidOutH) {
            relayout(v, w, h);
        }
        frame = progress >= 1 ? target : LineageTween.between(from, target, progress);
        Palette p = palette();
        CanvasSurface s = new CanvasSurface(layers.base(), measure);
        s.setFill(p.background());
        s.fillRect(0, 0, w, h);
        s.save();
        s.inset(-scrollX(), -scrollY(), Math.max(w, frame.width()), Math.max(h, frame.height()));
        LineagePainter.paint(s, frame, p);
        s.restore();
    }

    private void relayout(LineageView v, double w, double h) {
        boolean resized = w != laidOutW || h != laidOutH;
        stale = false;
        laidOutW = w;
        laidOutH = h;
        Model centre = v.getSelectedModel();
        LineageSelection sel = revealed(v.graph().select(centre == null ? null : centre.id(), v.getOptions()), v);
        Palette p = palette();
        Language language = v.getLanguage() == null ? Language.EN : v.getLanguage();
        LineagePlot next = LineageLayout.compute(LineageSpec.of(sel, v.getCatalog().eras(), w, h, language, measure)
                .withScales(p.labelScale(), p.markerScale()));
        Object key = List.of(Objects.toString(sel.centre()), v.getOptions(), v.getCatalog());
        boolean glides = v.isAnimated() && !resized && frame != null && !frame.isEmpty() && !key.equals(targetKey)
                && !next.isEmpty();
        from = glides ? frame : null;
        centringFrom = down.getValue() - scrollY();
        progress = glides ? 0 : 1;
        target = next;
        targetKey = key;
        if (glides) {
            glide.playFromStart();
        } else {
            glide.stop();
        }
        scrollBars(w, h);
        emptyText(v, sel, language);
        v.setCurrentPlot(next);
    }

    /** Presentation mode's era-by-era reveal: later models wait, except the centre (the subject). */
    private static LineageSelection revealed(LineageSelection sel, LineageView v) {
        if (v.getRevealUntil() == null) {
            return sel;
        }
        List<Model> nodes = sel.nodes().stream()
                .filter(m -> v.isRevealed(m) || m.id().equals(sel.centre())).toList();
        java.util.Set<String> ids = nodes.stream().map(Model::id).collect(java.util.stream.Collectors.toSet());
        return new LineageSelection(sel.centre(), nodes, sel.edges().stream()
                .filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList(), sel.pathTo(), sel.route());
    }

    /** Where the view's left edge is on the plot. */
    private double scrollX() {
        return across.getValue();
    }

    /** Where the view's top edge is on the plot (above it, for a plot centred in a taller view). */
    private double scrollY() {
        double c = progress >= 1 ? centring : centringFrom + (centring - centringFrom) * LineageTween.ease(progress);
        return down.getValue() - c;
    }

    private void scrollBars(double w, double h) {
        // Less than a pixel past the view is rounding, not a figure that needs scrolling.
        across.setMax(target.width() - w > 1 ? target.width() - w : 0);
        down.setMax(target.height() - h > 1 ? target.height() - h : 0);
        double used = target.isEmpty() ? h : target.ticks().stream().mapToDouble(t -> t.box().maxY())
                .reduce(target.plot().maxY(), Math::max) + LineageLayout.FONT;
        centring = Math.max(0, (h - used) / 2);
        across.setVisible(across.getMax() > 0);
        down.setVisible(down.getMax() > 0);
        across.setVisibleAmount(w);
        down.setVisibleAmount(h);
        across.setValue(Math.min(across.getValue(), across.getMax()));
        down.setValue(Math.min(down.getValue(), down.getMax()));
    }

    private void emptyText(LineageView v, LineageSelection sel, Language language) {
        Messages m = Messages.of(language);
        Model centre = v.getSelectedModel();
        String text = null;
        if (centre == null || sel.isEmpty()) {
            text = m.get("lineage.empty.noSelection");
        } else if (sel.nodes().size() == 1) {
            text = m.get("lineage.empty.noLinks", centre.name(language));
        } else if (sel.pathTo().isPresent() && !sel.hasRoute()) {
            Model to = v.model(sel.pathTo().get());
            text = m.get("lineage.empty.noRoute", centre.name(language),
                    to == null ? sel.pathTo().get() : to.name(language));
        }
        empty.setText(text == null ? "" : text);
        empty.setVisible(text != null);
        getSkinnable().requestLayout();
    }

    @Override
    protected void paintOverlay() {
        LineageView v = getSkinnable();
        if (frame == null || frame.isEmpty()) {
            return;
        }
        Palette p = palette();
        CanvasSurface s = new CanvasSurface(layers.overlay(), measure);
        s.save();
        s.translate(-scrollX(), -scrollY());
        double lw = p.strokeScale();
        if (v.getHoveredModel() != null) {
            frame.node(v.getHoveredModel().id()).ifPresent(n -> {
                s.setStroke(p.muted());
                s.setLineWidth(1.5 * lw);
                s.strokeCircle(n.cx(), n.cy(), n.r() * 2.1);
            });
        }
        String focused = v.focus().getFocused();
        if (focused != null && v.isFocused()) {
            frame.node(focused).ifPresent(n -> {
                // The keyboard focus: a dashed frame around marker and name, as the timeline's.
                s.setStroke(p.accent());
                s.setLineWidth(2 * lw);
                s.setLineDashes(4 * lw, 3 * lw);
                s.strokeRoundRect(n.box().x() - 3, n.box().y() - 3, n.box().w() + 6, n.box().h() + 6, 6);
                s.setLineDashes();
            });
        }
        s.restore();
    }

    private Palette palette() {
        Palette p = getSkinnable().getPalette();
        return p == null ? Palette.of(Theme.LIGHT) : p;
    }

    /** The node under a point of the view, hit-tested where the nodes settle. */
    private java.util.Optional<LineagePlot.Node> hit(MouseEvent e) {
        if (target == null) {
            return java.util.Optional.empty();
        }
        double top = layers.base().getLayoutY();
        return target.nodeAt(e.getX() - layers.base().getLayoutX() + scrollX(), e.getY() - top + scrollY());
    }

    private void onMove(MouseEvent e) {
        Model m = hit(e).map(LineagePlot.Node::model).orElse(null);
        getSkinnable().hover(m);
        getSkinnable().setCursor(m == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** A click selects the node (it becomes the centre); Shift-click shows the routes to it. */
    private void onClick(MouseEvent e) {
        LineageView v = getSkinnable();
        v.requestFocus();
        if (!e.isStillSincePress()) {
            return;
        }
        hit(e).ifPresent(n -> {
            Model m = v.model(n.id());
            if (e.isShiftDown()) {
                if (v.getSelectedModel() != null && !n.id().equals(v.getSelectedModel().id())) {
                    v.setOptions(v.getOptions().withPathTo(n.id()));
                }
            } else if (m != null) {
                v.setSelectedModel(m);
            }
        });
    }

    private void onScroll(ScrollEvent e) {
        ScrollBar bar = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? across : down;
        double delta = bar == across && e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
        if (bar.getMax() > 0) {
            bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - delta)));
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        LineageFocus f = getSkinnable().focus();
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> f.move(LineageFocus.Move.PARENT);
            case RIGHT, KP_RIGHT -> f.move(LineageFocus.Move.CHILD);
            case UP, KP_UP -> f.move(LineageFocus.Move.SIBLING_UP);
            case DOWN, KP_DOWN -> f.move(LineageFocus.Move.SIBLING_DOWN);
            case HOME -> f.home();
            case ENTER, SPACE -> f.activate();
            default -> {
                return;
            }
        }
        reveal(f.getFocused());
        e.consume();
    }

    /** Where a node's marker is drawn, in the view's coordinates (where it settles). */
    java.util.Optional<javafx.geometry.Point2D> locate(String id) {
        return target == null ? java.util.Optional.empty() : target.node(id).map(n -> new javafx.geometry.Point2D(
                n.cx() - scrollX() + layers.base().getLayoutX(), n.cy() - scrollY() + layers.base().getLayoutY()));
    }

    /** Scrolls a focused node into sight. */
    private void reveal(String id) {
        if (id == null || target == null) {
            return;
        }
        target.node(id).ifPresent(n -> {
            double w = layers.base().getWidth();
            double h = layers.base().getHeight();
            if (n.box().x() < across.getValue() || n.box().maxX() > across.getValue() + w) {
                across.setValue(Math.max(0, Math.min(across.getMax(), n.box().centerX() - w / 2)));
            }
            if (n.box().y() < down.getValue() || n.box().maxY() > down.getValue() + h) {
                down.setValue(Math.max(0, Math.min(down.getMax(), n.box().centerY() - h / 2)));
            }
        });
    }
}
