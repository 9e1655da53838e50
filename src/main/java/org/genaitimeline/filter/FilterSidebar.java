package org.genaitimeline.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.genaitimeline.state.AppState;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;

/**
 * The filter sidebar: search, eras, model types, kinds, developers, open weights, years,
 * parameters and Reset. Every control reads and writes {@link AppState#queryProperty()}
 * only, so the timeline, the chart and the tables all follow it. At start-up the window
 * has its controls made after the first frame ({@link Arrival#AFTER_FIRST_FRAME}).
 */
public final class FilterSidebar extends BorderPane {

    /** When the sidebar's controls are made. */
    public enum Arrival {
        /** In the constructor. */
        AT_ONCE,
        /**
         * Once the window's first frame has been rendered (start-up: the sidebar was about a
         * fifth of the FX thread's work before it), or at once when they are wanted sooner:
         * Ctrl+F ({@link #focusSearch()}), the pointer moving or pressing in the sidebar,
         * {@link #arrive()}. Until then an empty region of the sidebar's colour stands in; the split pane gives the
         * sidebar its width whatever its content, so nothing moves when they arrive.
         */
        AFTER_FIRST_FRAME
    }

    private final AppState state;
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final EventHandler<MouseEvent> arriveOnPointer = e -> arrive();
    private boolean asked;
    private boolean syncing;
    // Made by build(): null until the sidebar has arrived.
    private TextField search;
    private CheckFacet<String> eras;
    private CheckFacet<Family> families;
    private CheckFacet<Kind> kinds;
    private CheckFacet<Provenance.Origin> sources;
    private DeveloperFacet developers;
    private LowerFacets lower;
    private ScrollPane scroll;

    /** A sidebar with its controls made at once. */
    public FilterSidebar(AppState state) {
        this(state, Arrival.AT_ONCE);
    }

    public FilterSidebar(AppState state, Arrival arrival) {
        this.state = state;
        getStyleClass().add("filter-sidebar");
        if (arrival == Arrival.AT_ONCE) {
            build();
            return;
        }
        Region standIn = new Region();
        standIn.getStyleClass().add("filter-pending");
        setCenter(standIn);
        // A pointer moving in comes before a press: built then, the controls are there for the
        // click itself (a press that builds them lands on the stand-in and is lost).
        addEventFilter(MouseEvent.MOUSE_MOVED, arriveOnPointer);
        addEventFilter(MouseEvent.MOUSE_PRESSED, arriveOnPointer);
    }

    /** Makes the controls now if they are not there yet (their arrival after the first frame does this). */
    public void arrive() {
        if (search == null) {
            removeEventFilter(MouseEvent.MOUSE_MOVED, arriveOnPointer);
            removeEventFilter(MouseEvent.MOUSE_PRESSED, arriveOnPointer);
            build();
        }
    }

    /** Whether the controls are there (they may still be waiting for the first frame). */
    public boolean hasArrived() {
        return search != null;
    }

    /**
     * True once every control is there, the open-weights, years and parameters facets too
     * (they follow a frame after the rest): the end of the sidebar's start-up work.
     */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    private void build() {
        scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("filter-scroll");

        search = TextFields.createClearableTextField();
        search.setId("filter-search");
        search.promptTextProperty().bind(state.text("filter.search.prompt"));
        // The prompt is short so a narrow sidebar does not cut it; the tooltip says what is searched.
        javafx.scene.control.Tooltip searchTip = new javafx.scene.control.Tooltip();
        searchTip.textProperty().bind(state.text("filter.search.tooltip"));
        search.setTooltip(searchTip);
        search.textProperty().addListener((o, a, text) -> {
            if (!syncing) {
                state.setQuery(state.getQuery().withText(text));
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        subscriptions.add(state.queryProperty().subscribe(q -> {
            if (!q.text().equals(search.getText().strip())) {
                syncing = true;
                search.setText(q.text());
                syncing = false;
            }
        }));

        eras = new CheckFacet<>(state, new CheckFacet.Spec<>("filter.eras", "facet-eras",
                // Only eras that hold models: the "after the book" era stays out of the way
                // until an import fills it (as the Imported type does).
                c -> c.eras().stream().map(Era::id).filter(id -> !c.inEra(id).isEmpty()).toList(),
                (id, s) -> s.getCatalog().era(id).map(e -> e.name().get(s.getLanguage())).orElse(id),
                id -> eraSwatch(state.getCatalog(), id),
                ModelQuery::eras, ModelQuery::withEras, FacetCounts::eras,
                // An era row picked shows the era's summary (and why its years may differ from the book's).
                (id, s) -> s.showEra(id)));
        families = new CheckFacet<>(state, new CheckFacet.Spec<>("filter.families", "facet-families",
                FilterSidebar::familyRows,
                (f, s) -> s.messages().get("family." + f.id()),
                f -> swatch("family-" + f.id()),
                ModelQuery::families, ModelQuery::withFamilies, FacetCounts::families));
        kinds = new CheckFacet<>(state, new CheckFacet.Spec<>("filter.kinds", "facet-kinds",
                c -> Arrays.stream(Kind.values()).filter(k -> !c.ofKind(k).isEmpty()).toList(),
                (k, s) -> s.messages().get("kind." + k.id()),
                k -> null,
                ModelQuery::kinds, ModelQuery::withKinds, FacetCounts::kinds));
        // Shown once the catalog mixes sources (after an import or an added catalog).
        sources = new CheckFacet<>(state, new CheckFacet.Spec<>("filter.sources", "facet-sources",
                FilterSidebar::originsOf,
                (o, s) -> s.messages().get("filter.source." + o.id()),
                o -> null,
                ModelQuery::origins, ModelQuery::withOrigins, FacetCounts::origins));
        sources.visibleProperty().bind(state.catalogProperty().map(c -> originsOf(c).size() > 1));
        sources.managedProperty().bind(sources.visibleProperty());
        developers = new DeveloperFacet(state);

        Button reset = new Button();
        reset.setId("filter-reset");
        reset.textProperty().bind(state.text("filter.reset"));
        reset.setMaxWidth(Double.MAX_VALUE);
        reset.setOnAction(e -> state.setQuery(ModelQuery.ALL));
        subscriptions.add(state.queryProperty().subscribe(q -> reset.setDisable(q.equals(ModelQuery.ALL))));

        // Search and Reset stay in view; the facets scroll between them. The last three come
        // just after the first frame (LowerFacets).
        VBox content = new VBox(eras, families, kinds, sources, developers);
        content.getStyleClass().add("filter-content");
        lower = new LowerFacets(state, content, () -> complete.set(true));
        scroll.setContent(content);
        search.getStyleClass().add("filter-search");
        VBox top = new VBox(search);
        top.getStyleClass().add("filter-top");
        VBox bottom = new VBox(reset);
        bottom.getStyleClass().add("filter-bottom");
        setTop(top);
        setCenter(scroll);
        setBottom(bottom);
        // A ScrollPane does not follow the keyboard focus (JDK-8090469): scroll the focused
        // control into view so Tab through the sidebar never lands on a hidden control.
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                subscriptions.add(scene.focusOwnerProperty().subscribe(this::reveal));
            }
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (lower != null) {
            lower.askAfterFrame(getScene());
        } else if (!asked) {
            asked = true;
            AfterFrame.run(getScene(), this::arrive);
        }
    }

    /** The open-weights, years and parameters facets and their stand-in (tests). */
    LowerFacets lowerFacets() {
        return lower;
    }

    private void reveal(Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null) {
            return;
        }
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue((b.getMaxY() - viewport) / (contentHeight - viewport));
        }
    }

    /** Puts the keyboard focus in the search field (Ctrl+F), making the controls first if need be. */
    public void focusSearch() {
        arrive();
        search.requestFocus();
        search.selectAll();
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        if (search == null) {
            return;
        }
        eras.dispose();
        families.dispose();
        kinds.dispose();
        sources.dispose();
        developers.dispose();
        lower.dispose();
    }

    /**
     * Figure 14-1's six types and General always (a facet row at 0 says "none match now");
     * any other type (Imported) only when the catalog has such models, so an empty
     * "Imported 0" never shows before an import.
     */
    static List<Family> familyRows(Catalog catalog) {
        return Arrays.stream(Family.values())
                .filter(f -> f.inFigure() || f == Family.GENERAL || !catalog.ofFamily(f).isEmpty())
                .toList();
    }

    private static List<Provenance.Origin> originsOf(Catalog c) {
        return Arrays.stream(Provenance.Origin.values())
                .filter(o -> c.models().stream().anyMatch(m -> m.provenance().origin() == o)).toList();
    }

    private static Node swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("swatch", styleClass);
        return r;
    }

    /** The era's own colour comes from the data (eras.json), not from Java. */
    private static Node eraSwatch(Catalog catalog, String eraId) {
        Region r = new Region();
        r.getStyleClass().addAll("swatch", "era-swatch");
        catalog.era(eraId).map(Era::color).filter(c -> c.matches("#[0-9a-fA-F]{3,8}"))
                .ifPresent(c -> r.setStyle("-fx-background-color: " + c + ";"));
        return r;
    }
}
