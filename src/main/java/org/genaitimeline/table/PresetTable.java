package org.genaitimeline.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.tabledata.ModelColumn;
import org.genaitimeline.tabledata.ModelOrder;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.tabledata.Tsv;

/**
 * One preset's TableView: the filtered models of the preset, sorted by {@link ModelOrder}
 * through a custom sort policy (so unknown sizes stay last both ways and ties stay stable),
 * kept in the book's order until a header is clicked.
 */
final class PresetTable {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final AppState state;
    private final TablePreset preset;
    private final FilteredList<Model> rows;
    private final SortedList<Model> sorted;
    private final TableView<Model> table = new TableView<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean syncing;

    PresetTable(AppState state, TablePreset preset, LinkOpener links) {
        this.state = state;
        this.preset = preset;
        this.rows = new FilteredList<>(state.models(), preset.rows()::test);
        this.sorted = new SortedList<>(rows);
        table.setId("table-" + preset.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        table.getStyleClass().add("model-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // The book tables' five columns fit the centre at 1280x800; the nine of "All models" do
        // not, and squeezed they cut most cells (Chinese era and type names above all), so
        // that table keeps readable widths and scrolls sideways instead.
        boolean wide = preset.columns().size() > 5;
        table.setColumnResizePolicy(wide ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double em = javafx.scene.text.Font.getDefault().getSize();
        boolean first = true;
        for (ModelColumn spec : preset.columns()) {
            TableColumn<Model, Model> col = new TableColumn<>();
            col.textProperty().bind(state.text(spec.headerKey()));
            col.setUserData(spec.id());
            col.getProperties().put(ModelColumn.class, spec);
            col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
            boolean marker = first;
            col.setCellFactory(c -> new ModelCell(state, spec.value(), spec.numeric(), marker));
            if (spec.numeric()) {
                col.getStyleClass().add("numeric");
            }
            if (wide) {
                col.setPrefWidth(em * switch (spec.id()) {
                    case NAME, DEVELOPER, FAMILY, ERA -> 12;
                    case DATE, KIND -> 8;
                    default -> 6;
                });
            } else if (spec.id() == ModelOrder.Column.NAME || spec.id() == ModelOrder.Column.DEVELOPER) {
                // Names and developers are the longest cells ("Megatron-Turing NLG", "Microsoft and
                // NVIDIA"); the constrained policy shares the width in proportion to the preferred
                // widths. What still does not fit is in the cell's tooltip.
                col.setPrefWidth(col.getPrefWidth() * (spec.id() == ModelOrder.Column.NAME ? 1.5 : 1.4));
            }
            table.getColumns().add(col);
            first = false;
        }
        table.setSortPolicy(t -> {
            sorted.setComparator(comparator());
            return true;
        });
        table.setItems(sorted);
        sorted.setComparator(comparator());

        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (!syncing && is != null) {
                state.select(is.id());
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                Model m = table.getSelectionModel().getSelectedItem();
                if (m != null) {
                    m.paper().ifPresent(p -> links.open(p.url()));
                }
                e.consume();
            }
        });
        subscriptions.add(state.selectedModelProperty().subscribe(this::showSelection));
        subscriptions.add(state.languageProperty().subscribe(l -> {
            sorted.setComparator(comparator());
            table.refresh();
        }));
        subscriptions.add(state.catalogProperty().subscribe(c -> sorted.setComparator(comparator())));
    }

    TableView<Model> view() {
        return table;
    }

    /** Rows shown now (after filters). */
    int shown() {
        return sorted.size();
    }

    FilteredList<Model> rows() {
        return rows;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private static ModelColumn spec(TableColumn<Model, ?> column) {
        return (ModelColumn) column.getProperties().get(ModelColumn.class);
    }

    private java.util.Comparator<Model> comparator() {
        List<ModelOrder.Key> keys = table.getSortOrder().stream()
                .map(c -> new ModelOrder.Key((ModelOrder.Column) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.ASCENDING))
                .toList();
        Catalog catalog = state.getCatalog();
        List<String> eraIds = catalog.eras().stream().map(e -> e.id()).toList();
        return ModelOrder.of(keys, preset.printed(), state.getLanguage(), eraIds::indexOf,
                preset.printed() ? ModelOrder.bookOrder() : ModelOrder.chronological());
    }

    private void showSelection(Model m) {
        syncing = true;
        try {
            if (m == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (m.equals(table.getSelectionModel().getSelectedItem())) {
                return;
            }
            int i = sorted.indexOf(m);
            if (i < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** Ctrl+C: the selected rows (in table order) with the header, as tab-separated text. */
    void copySelection() {
        List<TableColumn<Model, ?>> cols = table.getVisibleLeafColumns();
        List<String> header = cols.stream().map(TableColumn::getText).toList();
        List<Integer> indices = table.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        ModelColumn.Cells context = new ModelColumn.Cells(state.messages(), state.getCatalog());
        List<List<String>> cells = indices.stream().map(sorted::get)
                .map(m -> IntStream.range(0, cols.size())
                        .mapToObj(i -> spec(cols.get(i)).value().of(m, context)).toList())
                .toList();
        if (cells.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(Tsv.of(header, cells));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
