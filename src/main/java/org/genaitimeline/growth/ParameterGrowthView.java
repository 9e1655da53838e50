package org.genaitimeline.growth;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureControl;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The parameter-growth chart (the book's Figure 14-3) as a reusable control: models by date
 * and size on a log (or linear) axis, one colour per series, labels that never overlap,
 * optional trend lines with doubling times. It knows nothing of the application state: give
 * it the models to show and bind {@link #selectedModelProperty()} to the shared selection.
 *
 * <p>Keys: {@code L} toggles log/linear. Click a point or its label to select it; the
 * selected point is ringed and its lineage drawn.
 */
public class ParameterGrowthView extends FigureControl {

    public static final String DEFAULT_STYLE_CLASS = "growth-view";

    private final ListProperty<Model> models =
            new SimpleListProperty<>(this, "models", FXCollections.observableArrayList());
    private final BooleanProperty logScale =
            new SimpleBooleanProperty(this, "logScale", GrowthOptions.DEFAULT.logScale());
    private final BooleanProperty allFamilies =
            new SimpleBooleanProperty(this, "allFamilies", GrowthOptions.DEFAULT.allFamilies());
    private final BooleanProperty bookFigureOnly =
            new SimpleBooleanProperty(this, "bookFigureOnly", GrowthOptions.DEFAULT.bookFigureOnly());
    private final BooleanProperty showTrends =
            new SimpleBooleanProperty(this, "showTrends", GrowthOptions.DEFAULT.trends());
    private final BooleanProperty trendPerEra =
            new SimpleBooleanProperty(this, "trendPerEra", GrowthOptions.DEFAULT.trendPerEra());
    private final ObjectProperty<List<Era>> eras = new SimpleObjectProperty<>(this, "eras", List.of());
    private final BooleanProperty searchResults = new SimpleBooleanProperty(this, "searchResults", false);

    public ParameterGrowthView() {
        super(DEFAULT_STYLE_CLASS);
        setAccessibleText(Messages.of(Language.EN).get("growth.accessible"));
    }

    @Override
    protected void languageChanged(Language language) {
        setAccessibleText(Messages.of(language).get("growth.accessible"));
    }

    /**
     * Whether the models shown are the results of a search: each is then one the reader is
     * looking for, so a dense chart labels them all (as far as room allows), not only its
     * records and the book's models.
     */
    public final BooleanProperty searchResultsProperty() {
        return searchResults;
    }

    public final boolean isSearchResults() {
        return searchResults.get();
    }

    public final void setSearchResults(boolean value) {
        searchResults.set(value);
    }

    /** For the skin: the model under the pointer. */
    void hover(Model model) {
        setHoveredModel(model);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ParameterGrowthViewSkin(this);
    }

    /**
     * The models to show, already filtered (the app passes its filtered list; changes to the
     * list's contents repaint the chart). Models without a positive figure size are listed in
     * a "not plotted" note, never drawn at 0.
     */
    public final ListProperty<Model> modelsProperty() {
        return models;
    }

    public final ObservableList<Model> getModels() {
        return models.get();
    }

    public final void setModels(ObservableList<Model> value) {
        models.set(value);
    }

    /** Log y axis (the book's figure, the default); false for linear. The {@code L} key toggles it. */
    public final BooleanProperty logScaleProperty() {
        return logScale;
    }

    public final boolean isLogScale() {
        return logScale.get();
    }

    public final void setLogScale(boolean value) {
        logScale.set(value);
    }

    /** Every model type as its own series, instead of the figure's LLM and multimodal series. */
    public final BooleanProperty allFamiliesProperty() {
        return allFamilies;
    }

    public final boolean isAllFamilies() {
        return allFamilies.get();
    }

    public final void setAllFamilies(boolean value) {
        allFamilies.set(value);
    }

    /** Only the printed Figure 14-3: its points at their printed dates and values. */
    public final BooleanProperty bookFigureOnlyProperty() {
        return bookFigureOnly;
    }

    public final boolean isBookFigureOnly() {
        return bookFigureOnly.get();
    }

    public final void setBookFigureOnly(boolean value) {
        bookFigureOnly.set(value);
    }

    /** A least-squares trend line per series, with its doubling time and R² in the legend. */
    public final BooleanProperty showTrendsProperty() {
        return showTrends;
    }

    public final boolean isShowTrends() {
        return showTrends.get();
    }

    public final void setShowTrends(boolean value) {
        showTrends.set(value);
    }

    /** With trends on: one fit per series and era (the eras come from {@link #erasProperty()}). */
    public final BooleanProperty trendPerEraProperty() {
        return trendPerEra;
    }

    public final boolean isTrendPerEra() {
        return trendPerEra.get();
    }

    public final void setTrendPerEra(boolean value) {
        trendPerEra.set(value);
    }

    /** All five switches at once, as saved views, preferences and exports keep them. */
    public final GrowthOptions getOptions() {
        return new GrowthOptions(isLogScale(), isShowTrends(), isTrendPerEra(), isAllFamilies())
                .withBookFigureOnly(isBookFigureOnly());
    }

    public final void setOptions(GrowthOptions o) {
        setLogScale(o.logScale());
        setShowTrends(o.trends());
        setTrendPerEra(o.trendPerEra());
        setAllFamilies(o.allFamilies());
        setBookFigureOnly(o.bookFigureOnly());
    }

    /** The catalog's eras, for per-era trends. */
    public final ObjectProperty<List<Era>> erasProperty() {
        return eras;
    }

    public final List<Era> getEras() {
        return eras.get();
    }

    public final void setEras(List<Era> value) {
        eras.set(value);
    }

    /**
     * The layout last painted, or null before the first layout pass. Read-only; for the app's
     * tests and for tools that need to know where a point is drawn.
     */
    public final GrowthLayout currentLayout() {
        return getSkin() instanceof ParameterGrowthViewSkin skin ? skin.layout() : null;
    }

    /** Where a model's point is drawn, in this view's coordinates; empty when it is not plotted. */
    public final java.util.Optional<javafx.geometry.Point2D> pointLocation(Model model) {
        GrowthLayout layout = currentLayout();
        return layout == null ? java.util.Optional.empty()
                : layout.pointOf(model).map(p -> new javafx.geometry.Point2D(p.x(), p.y()));
    }

}
