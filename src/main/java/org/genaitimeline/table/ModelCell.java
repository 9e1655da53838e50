package org.genaitimeline.table;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.state.AppState;
import org.genaitimeline.tabledata.ModelColumn;

/**
 * A table cell showing one text of a model. Its nodes are made once; {@link #updateItem}
 * only changes text and visibility, so scrolling a long table creates nothing.
 */
final class ModelCell extends TableCell<Model, Model> {

    private final AppState state;
    private final ModelColumn.CellValue text;
    private final Label marker;
    private final Tooltip tooltip;
    /** The whole text, for when a narrow column cuts it with an ellipsis (long names, Chinese era names). */
    private final Tooltip fullText = new Tooltip();

    /**
     * @param withMarker whether this cell carries the "book differs from the sources" marker
     */
    ModelCell(AppState state, ModelColumn.CellValue text, boolean numeric, boolean withMarker) {
        this.state = state;
        this.text = text;
        getStyleClass().add("model-cell");
        if (numeric) {
            getStyleClass().add("numeric");
        }
        if (withMarker) {
            marker = new Label(state.messages().get("table.marker"));
            marker.getStyleClass().add("book-marker");
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            marker.setTooltip(tooltip);
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(4);
        } else {
            marker = null;
            tooltip = null;
        }
    }

    @Override
    protected void updateItem(Model item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String shown = text.of(item, new ModelColumn.Cells(state.messages(), state.getCatalog()));
        setText(shown);
        fullText.setText(shown);
        setTooltip(fullText);
        if (marker != null) {
            // Every book note is reachable: a differing value, and also a note on what a printed
            // value means (DALL.E 2's 3.5B is the decoder only) where nothing differs.
            boolean marked = item.book().differsFromSources() || item.book().note().isPresent();
            setGraphic(marked ? marker : null);
            if (marked) {
                tooltip.setText(item.book().note().map(n -> n.get(state.getLanguage()))
                        .orElse(state.messages().get("table.marker.tooltip")));
            }
        }
    }
}
