package org.genaitimeline.filter;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaitimeline.state.AppState;

/**
 * The sidebar's last three facets (open weights, years, parameters), built just after the
 * first frame rather than before it: they sit below the fold of the sidebar's scroll pane in
 * all but very tall windows, and their ControlsFX controls (a segmented button, two range
 * sliders with their skins, axis and stylesheets) were about a tenth of the FX thread's work
 * up to the first frame. Until then an empty region of about their height stands in (the
 * {@code facets-pending} style), so the scroll bar hardly changes when they arrive, and
 * nothing lies below them to jump.
 *
 * <p>The build is asked when the sidebar is first laid out: in a shown window it runs after
 * the next pulse but one, that is once the first frame has been rendered; without a window
 * (a test that only lays the sidebar out) right after the current event. The facets read the query when
 * they are made, so a saved or restored filter shows as it would have.
 */
final class LowerFacets {

    private final AppState state;
    private final VBox content;
    private final Region standIn = new Region();
    private boolean asked;
    private OpenFacet open;
    private RangeFacets.Years years;
    private RangeFacets.Sizes sizes;

    LowerFacets(AppState state, VBox content) {
        this.state = state;
        this.content = content;
        standIn.getStyleClass().add("facets-pending");
        content.getChildren().add(standIn);
    }

    /** Asks for the build once, after the frame the sidebar is being laid out for. */
    void askAfterFrame(Scene scene) {
        if (asked) {
            return;
        }
        asked = true;
        if (scene == null || scene.getWindow() == null) {
            Platform.runLater(this::build);
            return;
        }
        // The first pulse lays out the first frame and hands it to the render thread; the
        // second waits for that rendering before it ends. Building after the second keeps
        // the build from competing with the first frame's rendering for the CPU.
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(LowerFacets.this::build);
            }
        });
    }

    /** Builds the facets in place of the stand-in (at once, if not yet built). */
    void build() {
        if (open != null) {
            return;
        }
        open = new OpenFacet(state);
        years = new RangeFacets.Years(state);
        sizes = new RangeFacets.Sizes(state);
        int at = content.getChildren().indexOf(standIn);
        content.getChildren().remove(standIn);
        content.getChildren().addAll(at < 0 ? content.getChildren().size() : at, java.util.List.of(open, years, sizes));
    }

    boolean built() {
        return open != null;
    }

    Region standIn() {
        return standIn;
    }

    void dispose() {
        if (open != null) {
            open.dispose();
            years.dispose();
            sizes.dispose();
        }
    }
}
