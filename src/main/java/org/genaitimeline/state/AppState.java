package org.genaitimeline.state;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Theme;

/**
 * The one shared view model every screen binds to: the catalog, the query, the models that
 * pass it (chronological), the selection, the language, the theme and the current view.
 * Screens read the read-only properties and change state only through the intent methods,
 * so they never need to know about each other. FX thread only.
 */
public final class AppState {

    /** The centre tabs, in their order. */
    public enum View { TIMELINE, GROWTH, TABLES, LINEAGE }

    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog",
            Catalog.empty());
    private final ReadOnlyObjectWrapper<ModelQuery> query = new ReadOnlyObjectWrapper<>(this, "query",
            ModelQuery.ALL);
    private final ReadOnlyObjectWrapper<Model> selectedModel = new ReadOnlyObjectWrapper<>(this, "selectedModel");
    private final ReadOnlyObjectWrapper<org.genaitimeline.catalog.Era> shownEra =
            new ReadOnlyObjectWrapper<>(this, "shownEra");
    private final ReadOnlyObjectWrapper<Language> language;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<View> currentView = new ReadOnlyObjectWrapper<>(this, "currentView",
            View.TIMELINE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final javafx.beans.property.ReadOnlyDoubleWrapper figureScale =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "figureScale", 1);

    private final ObservableList<Model> all = FXCollections.observableArrayList();
    private final FilteredList<Model> filtered = new FilteredList<>(all);
    private final SortedList<Model> models = new SortedList<>(filtered, Catalog.BY_DATE);

    public AppState(Language language) {
        this.language = new ReadOnlyObjectWrapper<>(this, "language", Objects.requireNonNull(language));
        filtered.predicateProperty().bind(query.map(ModelQuery::predicate));
    }

    // --- intents ---

    /** Swaps in another catalog; the selection survives when the new catalog has that id. */
    public void setCatalog(Catalog next) {
        String selectedId = selectedModel.get() == null ? null : selectedModel.get().id();
        catalog.set(Objects.requireNonNull(next));
        all.setAll(next.models());
        selectedModel.set(selectedId == null ? null : next.model(selectedId).orElse(null));
    }

    public void setQuery(ModelQuery next) {
        query.set(Objects.requireNonNull(next));
    }

    /** Selects the model with that id; null or an unknown id clears the selection. */
    public void select(String id) {
        selectedModel.set(id == null ? null : catalog.get().model(id).orElse(null));
        if (selectedModel.get() != null) {
            shownEra.set(null);
        }
    }

    /**
     * Shows an era's summary in the detail pane (an era band or the era facet was picked):
     * the era takes the place of the selected model, as a model takes the era's.
     */
    public void showEra(String eraId) {
        org.genaitimeline.catalog.Era era = eraId == null ? null : catalog.get().era(eraId).orElse(null);
        if (era != null) {
            selectedModel.set(null);
        }
        shownEra.set(era);
    }

    /** The era whose summary the detail pane shows; null when none was picked or a model was since. */
    public ReadOnlyObjectProperty<org.genaitimeline.catalog.Era> shownEraProperty() {
        return shownEra.getReadOnlyProperty();
    }

    public org.genaitimeline.catalog.Era getShownEra() {
        return shownEra.get();
    }

    public void setLanguage(Language next) {
        language.set(Objects.requireNonNull(next));
    }

    public void setTheme(Theme next) {
        theme.set(Objects.requireNonNull(next));
    }

    public void showView(View next) {
        currentView.set(Objects.requireNonNull(next));
    }

    /** Marks a catalog load as running (the status bar says so). */
    public void setLoading(boolean value) {
        loading.set(value);
    }

    /** Scales the figures' text and markers (presentation mode: 1.5 by default). */
    public void setFigureScale(double value) {
        figureScale.set(value);
    }

    // --- state ---

    /** How much larger than the theme says the figures paint text, markers and lines. */
    public javafx.beans.property.ReadOnlyDoubleProperty figureScaleProperty() {
        return figureScale.getReadOnlyProperty();
    }

    public double getFigureScale() {
        return figureScale.get();
    }

    /** The palette the figures paint with: the theme's, scaled by {@link #figureScaleProperty()}. */
    public javafx.beans.binding.ObjectBinding<org.genaitimeline.theme.Palette> figurePalette() {
        return Bindings.createObjectBinding(() -> org.genaitimeline.theme.Palette.of(theme.get())
                .scaled(figureScale.get()), theme, figureScale);
    }

    /** The catalog being shown; empty until the first one is loaded. */
    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public Catalog getCatalog() {
        return catalog.get();
    }

    /** Every filter of the sidebar. */
    public ReadOnlyObjectProperty<ModelQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ModelQuery getQuery() {
        return query.get();
    }

    /** The models that pass the query, chronological (ties by id). Unmodifiable. */
    public ObservableList<Model> models() {
        return models;
    }

    /** The selected model, or null. */
    public ReadOnlyObjectProperty<Model> selectedModelProperty() {
        return selectedModel.getReadOnlyProperty();
    }

    public Model getSelectedModel() {
        return selectedModel.get();
    }

    /** The language of the UI and of the data's localized text. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language getLanguage() {
        return language.get();
    }

    /** The colour theme. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    /** The centre tab on show. */
    public ReadOnlyObjectProperty<View> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public View getCurrentView() {
        return currentView.get();
    }

    /** Whether a catalog is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    // --- text in the current language ---

    /** The messages of the current language. */
    public Messages messages() {
        return Messages.of(language.get());
    }

    /** A UI text that follows the language: bind a label's text to it. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages().get(key, args), language);
    }

    /**
     * A UI text whose arguments change too: recomputed when the language or any dependency
     * changes.
     */
    public StringBinding text(String key, Supplier<Object[]> args, Observable... dependencies) {
        Observable[] deps = new Observable[dependencies.length + 1];
        deps[0] = language;
        System.arraycopy(dependencies, 0, deps, 1, dependencies.length);
        return Bindings.createStringBinding(() -> messages().get(key, args.get()), deps);
    }
}
