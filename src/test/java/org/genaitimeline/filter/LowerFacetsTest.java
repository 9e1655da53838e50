package org.genaitimeline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.genaitimeline.app.TestCatalogs;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.figure.FontStack;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.state.AppState;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/**
 * The open-weights, years and parameters facets are built after the sidebar's first layout
 * (start-up: after the first frame), in place of a stand-in of their height.
 */
class LowerFacetsTest extends FxTestBase {

    private static final String LIGHT = "/org/genaitimeline/theme/light.css";

    private AppState state() throws Exception {
        AppState state = callFx(() -> new AppState(Language.EN));
        runFx(() -> state.setCatalog(TestCatalogs.catalog()));
        return state;
    }

    /** The sidebar styled as in the app and laid out once; returns what the stand-in measured then. */
    private static double firstLayout(FilterSidebar sidebar, boolean[] builtDuringIt) throws Exception {
        return callFx(() -> {
            Scene scene = new Scene(new Group(sidebar));
            scene.getStylesheets().setAll(MainWindow.BASE_CSS, FontStack.stylesheet(),
                    LowerFacetsTest.class.getResource(LIGHT).toExternalForm());
            sidebar.applyCss();
            sidebar.layout();
            builtDuringIt[0] = sidebar.lowerFacets().built();
            return sidebar.lowerFacets().standIn().getHeight();
        });
    }

    @Test
    void theFacetsArriveAfterTheFirstLayoutWhereTheStandInWas() throws Exception {
        FilterSidebar sidebar = callFx(() -> new FilterSidebar(state()));
        VBox content = callFx(() -> (VBox) sidebar.lowerFacets().standIn().getParent());
        assertThat(callFx(() -> content.getChildren().get(content.getChildren().size() - 1)))
                .isSameAs(sidebar.lowerFacets().standIn());
        assertThat(callFx(() -> sidebar.lookup("#facet-years"))).isNull();

        boolean[] builtDuringLayout = new boolean[1];
        firstLayout(sidebar, builtDuringLayout);

        assertThat(builtDuringLayout[0]).isFalse();
        assertThat(sidebar.lowerFacets().built()).isTrue();
        assertThat(callFx(() -> content.getChildren().stream().map(Node::getId).toList()))
                .containsExactly("facet-eras", "facet-families", "facet-kinds", "facet-sources", "facet-developers",
                        "facet-open", "facet-years", "facet-parameters");
    }

    @Test
    void theStandInIsAsTallAsTheFacetsItStandsFor() throws Exception {
        FilterSidebar sidebar = callFx(() -> new FilterSidebar(state()));
        double standIn = firstLayout(sidebar, new boolean[1]);
        double facets = callFx(() -> {
            sidebar.applyCss();
            sidebar.layout();
            VBox content = (VBox) sidebar.lookup(".filter-content");
            double h = 2 * content.getSpacing();
            for (String id : new String[] {"#facet-open", "#facet-years", "#facet-parameters"}) {
                h += sidebar.lookup(id).getLayoutBounds().getHeight();
            }
            return h;
        });

        assertThat(facets).isGreaterThan(100);
        assertThat(standIn).isCloseTo(facets, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aFilterSetBeforeTheyArriveShowsInThem() throws Exception {
        AppState state = state();
        runFx(() -> state.setQuery(ModelQuery.ALL.withYears(2016, null).withOpen(ModelQuery.OpenFilter.CLOSED)));
        FilterSidebar sidebar = layout(callFx(() -> new FilterSidebar(state)));
        runFx(sidebar::applyCss); // the segmented button's skin holds its buttons

        RangeSlider years = callFx(() -> (RangeSlider) sidebar.lookup("#facet-years .range-slider"));
        assertThat(years.getLowValue()).isEqualTo(2016);
        assertThat(callFx(() -> ((ToggleButton) sidebar.lookup("#open-closed")).isSelected())).isTrue();

        runFx(() -> ((ToggleButton) sidebar.lookup("#open-open")).setSelected(true));
        assertThat(state.getQuery().open()).isEqualTo(ModelQuery.OpenFilter.OPEN);
        assertThat(state.getQuery().fromYear()).isEqualTo(2016);
    }
}
