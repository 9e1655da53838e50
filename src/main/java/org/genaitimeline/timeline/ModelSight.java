package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.genaitimeline.catalog.Model;

/**
 * Brings models into sight: scrolls to a model (or zooms to a badge) and, while they are
 * folded into a "+N" badge, zooms to that badge until their labels show (a few steps at
 * most: each layout may fold them into a narrower badge). A hidden model stays reachable
 * from a selection, the keyboard walk or the search, and an opened badge really opens.
 */
final class ModelSight {

    /** How many zooms a model gets to come out of its badge; past that, centred with its ring is enough. */
    private static final int MAX_ZOOMS = 4;

    private final TimelineView view;
    /** The models to keep out of badges, empty when no sight is under way. */
    private List<String> pending = List.of();
    private int zoomsLeft;
    /** The size of the last layout seen, to tell a resize from a zoom ({@link #laidOut}). */
    private double lastWidth = -1;
    private double lastHeight = -1;

    ModelSight(TimelineView view) {
        this.view = view;
    }

    void bring(Model model) {
        view.reveal(model);
        follow(List.of(model));
        // A model already in view brings no new layout: look at the one on screen now.
        if (view.currentLayout() != null) {
            laidOut(view.currentLayout());
        }
    }

    /** Opens a badge: zooms to its span, then on while some of its members are still folded. */
    void open(TimelineLayout.Badge badge) {
        view.zoomAround(badge.fromTime(), badge.toTime());
        follow(badge.members());
    }

    /**
     * Of the given models (a search's matches), brings the first into sight unless one of
     * them already shows its label: the reader sees a match without the view jumping around.
     */
    void bringAnyOf(List<Model> models) {
        TimelineLayout l = view.currentLayout();
        if (models.isEmpty() || l == null) {
            return;
        }
        for (Model m : models) {
            Optional<TimelineLayout.Item> it = l.item(m.id());
            if (it.isPresent() && it.get().label() != null && it.get().time() >= l.axis().start()
                    && it.get().time() <= l.axis().end()) {
                return;
            }
        }
        bring(models.get(0));
    }

    /** An explicit range (a saved view, the preferences) wins over a sight still under way. */
    void cancel() {
        pending = List.of();
    }

    /** After each layout: zoom again, around the members still folded, while there are any. */
    void laidOut(TimelineLayout l) {
        boolean resized = lastWidth >= 0 && (l.spec().width() != lastWidth || l.spec().height() != lastHeight);
        lastWidth = l.spec().width();
        lastHeight = l.spec().height();
        Model selected = view.getSelectedModel();
        // The canvas narrowed under the selection (the detail pane opening on the click that selected
        // it): the selected model, labelled a moment ago, may now be folded into a badge. A zoom of
        // the reader's own that folds it is left alone; only a resize brings it back out.
        if (pending.isEmpty() && resized && selected != null
                && l.item(selected.id()).filter(it -> it.badge() >= 0).isPresent()) {
            follow(List.of(selected));
        }
        if (pending.isEmpty()) {
            return;
        }
        List<TimelineLayout.Item> folded = new ArrayList<>();
        for (String id : pending) {
            l.item(id).filter(it -> it.badge() >= 0).ifPresent(folded::add);
        }
        if (folded.isEmpty() || zoomsLeft-- <= 0) {
            pending = List.of();
            return;
        }
        double from = folded.stream().mapToDouble(TimelineLayout.Item::time).min().orElseThrow();
        double to = folded.stream().mapToDouble(TimelineLayout.Item::time).max().orElseThrow();
        // Later, not inside the layout pass that is painting this frame.
        Platform.runLater(() -> view.zoomAround(from, to));
    }

    private void follow(List<Model> models) {
        pending = models.stream().map(Model::id).toList();
        zoomsLeft = MAX_ZOOMS;
    }
}
