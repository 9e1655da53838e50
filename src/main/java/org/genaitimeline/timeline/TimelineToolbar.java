package org.genaitimeline.timeline;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The timeline's buttons (zoom for laptops without a wheel, fit, orientation and the three
 * toggles), bound to the view's properties. Part of the skin; texts follow the view's language.
 */
final class TimelineToolbar extends ToolBar {

    private final TimelineView view;
    private final Button zoomIn = new Button();
    private final Button zoomOut = new Button();
    private final Button fit = new Button();
    private final ToggleButton horizontal = new ToggleButton();
    private final ToggleButton bookOnly = new ToggleButton();
    private final ToggleButton lineage = new ToggleButton();
    private final ToggleButton hide = new ToggleButton();
    private final ChangeListener<Object> relabel = (o, a, b) -> relabel();
    private final ChangeListener<Orientation> orientationListener =
            (o, a, b) -> horizontal.setSelected(b == Orientation.HORIZONTAL);

    TimelineToolbar(TimelineView view) {
        this.view = view;
        getStyleClass().add("timeline-toolbar");
        zoomIn.setId("timeline-zoom-in");
        zoomOut.setId("timeline-zoom-out");
        fit.setId("timeline-fit");
        horizontal.setId("timeline-orientation");
        bookOnly.setId("timeline-book-only");
        lineage.setId("timeline-lineage");
        hide.setId("timeline-hide-filtered");
        zoomIn.setOnAction(e -> view.zoomIn());
        zoomOut.setOnAction(e -> view.zoomOut());
        fit.setOnAction(e -> view.fitAll());
        horizontal.setSelected(view.getOrientation() == Orientation.HORIZONTAL);
        horizontal.setOnAction(e -> view.setOrientation(
                horizontal.isSelected() ? Orientation.HORIZONTAL : Orientation.VERTICAL));
        view.orientationProperty().addListener(orientationListener);
        bookOnly.selectedProperty().bindBidirectional(view.bookFigureOnlyProperty());
        lineage.selectedProperty().bindBidirectional(view.showLineageProperty());
        hide.selectedProperty().bindBidirectional(view.hideFilteredProperty());
        view.languageProperty().addListener(relabel);
        view.orientationProperty().addListener(relabel);
        getItems().addAll(zoomIn, zoomOut, fit, new Separator(), horizontal, bookOnly, lineage, hide);
        for (var node : getItems()) {
            node.setFocusTraversable(false);
        }
        relabel();
    }

    private void relabel() {
        Messages m = Messages.of(view.getLanguage() == null ? Language.EN : view.getLanguage());
        set(zoomIn, m.get("timeline.zoomIn"), m.get("timeline.zoomIn.tooltip"));
        set(zoomOut, m.get("timeline.zoomOut"), m.get("timeline.zoomOut.tooltip"));
        set(fit, m.get("timeline.fit"), m.get("timeline.fit.tooltip"));
        // The button names the orientation it is in, and switches to the other.
        set(horizontal, view.getOrientation() == Orientation.HORIZONTAL ? m.get("timeline.orientation.horizontal")
                : m.get("timeline.orientation.vertical"), m.get("timeline.orientation.tooltip"));
        set(bookOnly, m.get("timeline.bookFigureOnly"), m.get("timeline.bookFigureOnly.tooltip"));
        set(lineage, m.get("timeline.lineage"), m.get("timeline.lineage.tooltip"));
        set(hide, m.get("timeline.hideFiltered"), m.get("timeline.hideFiltered.tooltip"));
    }

    private static void set(ButtonBase b, String text, String tip) {
        b.setText(text);
        b.setTooltip(new Tooltip(tip));
    }

    void dispose() {
        view.languageProperty().removeListener(relabel);
        view.orientationProperty().removeListener(relabel);
        view.orientationProperty().removeListener(orientationListener);
        bookOnly.selectedProperty().unbindBidirectional(view.bookFigureOnlyProperty());
        lineage.selectedProperty().unbindBidirectional(view.showLineageProperty());
        hide.selectedProperty().unbindBidirectional(view.hideFilteredProperty());
    }
}
