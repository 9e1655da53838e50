package org.genaitimeline.filter;

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
 * <p>The build is asked when the sidebar's controls are first laid out and runs once that
 * frame has been rendered ({@link AfterFrame}); when the whole sidebar comes after the first
 * frame ({@link FilterSidebar.Arrival#AFTER_FIRST_FRAME}), that is the frame after it
 * arrived. The facets read the query when they are made, so a saved or restored filter
 * shows as it would have.
 */
final class LowerFacets {

    private final AppState state;
    private final VBox content;
    private final Region standIn = new Region();
    private final Runnable built;
    private boolean asked;
    private OpenFacet open;
    private RangeFacets.Years years;
    private RangeFacets.Sizes sizes;

    /** @param built told once the facets are in place */
    LowerFacets(AppState state, VBox content, Runnable built) {
        this.state = state;
        this.content = content;
        this.built = built;
        standIn.getStyleClass().add("facets-pending");
        content.getChildren().add(standIn);
    }

    /** Asks for the build once, after the frame the sidebar is being laid out for. */
    void askAfterFrame(Scene scene) {
        if (asked) {
            return;
        }
        asked = true;
        AfterFrame.run(scene, this::build);
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
        built.run();
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
