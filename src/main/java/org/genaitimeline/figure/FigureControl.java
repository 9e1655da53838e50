package org.genaitimeline.figure;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;

/**
 * What the two canvas figures (the timeline and the growth chart) share as reusable
 * controls: the selected and hovered model, the theme's palette, the language, and
 * presentation mode's era-by-era reveal. Each figure adds its own properties; neither
 * knows the app's state, which binds to these.
 */
public abstract class FigureControl extends Control {

    private final ObjectProperty<Model> selectedModel = new SimpleObjectProperty<>(this, "selectedModel") {
        @Override
        protected void invalidated() {
            selectedModelChanged(get());
        }
    };
    private final ReadOnlyObjectWrapper<Model> hoveredModel = new ReadOnlyObjectWrapper<>(this, "hoveredModel");
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(this, "catalog", Catalog.empty());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.of(Theme.LIGHT));
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.EN) {
        @Override
        protected void invalidated() {
            languageChanged(get() == null ? Language.EN : get());
        }
    };
    private final ObjectProperty<LocalDate> revealUntil = new SimpleObjectProperty<>(this, "revealUntil");

    protected FigureControl(String styleClass) {
        getStyleClass().add(styleClass);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    /** Called when the selection changes, from outside or by a click; no-op by default. */
    protected void selectedModelChanged(Model model) {
    }

    /** Called when the language changes (e.g. to relabel the accessible text); no-op by default. */
    protected void languageChanged(Language language) {
    }

    /** The selected model, shared with the app (bind it both ways). */
    public final ObjectProperty<Model> selectedModelProperty() {
        return selectedModel;
    }

    public final Model getSelectedModel() {
        return selectedModel.get();
    }

    public final void setSelectedModel(Model value) {
        selectedModel.set(value);
    }

    /** The model under the pointer, or null. */
    public final ReadOnlyObjectProperty<Model> hoveredModelProperty() {
        return hoveredModel.getReadOnlyProperty();
    }

    public final Model getHoveredModel() {
        return hoveredModel.get();
    }

    /** For the figure's skin, which hit-tests the pointer. */
    protected final void setHoveredModel(Model value) {
        hoveredModel.set(value);
    }

    /**
     * The whole catalog, whose {@code buildsOn} links a figure follows beyond what it plots: the
     * growth chart's lineage of the selected point, the lineage view's tree.
     */
    public final ObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    public final Catalog getCatalog() {
        return catalog.get();
    }

    public final void setCatalog(Catalog value) {
        catalog.set(value);
    }

    /** The theme's colours and scales (bind to the app's theme); a theme switch repaints. */
    public final ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public final Palette getPalette() {
        return palette.get();
    }

    public final void setPalette(Palette value) {
        palette.set(value);
    }

    /** The language of labels, ticks, legend, hover card and notes. */
    public final ObjectProperty<Language> languageProperty() {
        return language;
    }

    public final Language getLanguage() {
        return language.get();
    }

    public final void setLanguage(Language value) {
        language.set(value);
    }

    /**
     * Presentation mode's era-by-era reveal: models dated from this day on are not drawn
     * (null draws them all).
     */
    public final ObjectProperty<LocalDate> revealUntilProperty() {
        return revealUntil;
    }

    public final LocalDate getRevealUntil() {
        return revealUntil.get();
    }

    public final void setRevealUntil(LocalDate value) {
        revealUntil.set(value);
    }

    /** Whether the reveal draws the model: no reveal under way, or the model is dated before its day. */
    public final boolean isRevealed(Model model) {
        LocalDate until = getRevealUntil();
        return until == null || model.date().start().isBefore(until);
    }
}
