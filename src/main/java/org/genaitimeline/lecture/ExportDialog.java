package org.genaitimeline.lecture;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.genaitimeline.files.PixelBudget;
import org.genaitimeline.shell.FileChooserService;
import org.genaitimeline.shell.SafeWrites;
import org.genaitimeline.state.AppState;

/**
 * File > Export... (Ctrl+E) for the current view: PNG at a preset or custom size and a
 * scale, SVG, or for the tables CSV and Markdown; an optional title and a source caption.
 * Export asks for the file through {@link FileChooserService} and writes through
 * {@link SafeWrites}. Non-modal {@code show()}, so tests drive it like a user.
 */
public final class ExportDialog {

    /** The size presets, in pixels; {@code null} is "custom". */
    static final List<int[]> SIZES = java.util.Arrays.asList(new int[] {1280, 720}, new int[] {1920, 1080},
            new int[] {3840, 2160}, null);
    static final List<Integer> SCALES = List.of(1, 2, 4);
    static final int MIN_SIZE = 100;
    static final int MAX_SIZE = 10_000;

    private final AppState state;
    private final FigureExport export;
    private final FileChooserService files;
    private final SafeWrites writes;
    private final ExportWork work;
    private final Window owner;
    private final Dialog<FigureExport.Settings> dialog = new Dialog<>();
    private final ComboBox<FigureExport.Format> format = new ComboBox<>();
    private final ComboBox<int[]> size = new ComboBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final ComboBox<Integer> scale = new ComboBox<>();
    private final TextField title = new TextField();
    private final CheckBox captionOn = new CheckBox();
    private final TextField caption = new TextField();
    private final Label problem = new Label();
    private Path written;
    private ExportProgress<Path> progress;

    ExportDialog(Window owner, AppState state, FigureExport export, FileChooserService files, SafeWrites writes,
            ExportWork work) {
        this.owner = owner;
        this.work = work;
        this.state = state;
        this.export = export;
        this.files = files;
        this.writes = writes;
        var m = state.messages();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("export.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        boolean figure = export.figureShown();
        format.getItems().setAll(figure ? List.of(FigureExport.Format.PNG, FigureExport.Format.SVG)
                : List.of(FigureExport.Format.CSV, FigureExport.Format.MARKDOWN));
        format.setConverter(converter(f -> f == null ? "" : m.get(f.key())));
        format.getSelectionModel().selectFirst();
        format.setId("export-format");
        size.getItems().setAll(SIZES);
        size.setConverter(converter(s -> s == null ? m.get("export.size.custom") : s[0] + " \u00d7 " + s[1]));
        size.getSelectionModel().select(1);
        size.setId("export-size");
        width.setId("export-width");
        height.setId("export-height");
        width.setPrefColumnCount(5);
        height.setPrefColumnCount(5);
        scale.getItems().setAll(SCALES);
        scale.setConverter(converter(s -> s == null ? "" : s + "\u00d7"));
        scale.getSelectionModel().selectFirst();
        scale.setId("export-scale");
        scale.setTooltip(new Tooltip(m.get("export.scale.tip")));
        title.setId("export-title");
        title.setPromptText(m.get("export.titlePrompt"));
        captionOn.setId("export-caption-on");
        captionOn.setText(m.get("export.caption"));
        captionOn.setSelected(true);
        caption.setId("export-caption");
        caption.setText(export.defaultCaption());
        caption.setPrefColumnCount(40);
        caption.disableProperty().bind(captionOn.selectedProperty().not().or(captionOn.disabledProperty()));
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");

        size.valueProperty().subscribe(this::sizeChosen);
        // A 4K image at 1x has tiny type; choosing it suggests 2x, which the user may change.
        size.valueProperty().subscribe(s -> {
            if (s != null && s[0] >= 3840) {
                scale.getSelectionModel().select(Integer.valueOf(2));
            }
        });
        Node[] figureOnly = {size, scale, title, captionOn};
        format.valueProperty().subscribe(f -> {
            for (Node n : figureOnly) {
                n.setDisable(f == null || !f.figure());
            }
            sizeChosen(size.getValue());
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("export.format"), format);
        grid.addRow(row++, label("export.size"), new HBox(8, size, width, new Label("\u00d7"), height));
        grid.addRow(row++, label("export.scale"), scale);
        grid.addRow(row++, label("export.titleField"), title);
        grid.addRow(row++, captionOn, caption);
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(m.get("export.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("export-ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<FigureExport.Settings> s = settings();
            if (s.isEmpty() || !exportTo(s.get())) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? settings().orElse(null) : null);
    }

    void show() {
        dialog.show();
    }

    public Dialog<FigureExport.Settings> dialog() {
        return dialog;
    }

    /** The file last written, or null. */
    Path written() {
        return written;
    }

    /** The background write last started, or null (tests). */
    ExportProgress<Path> progress() {
        return progress;
    }

    /** The settings of the form, or empty (the problem shown) when a size is not a number in range. */
    Optional<FigureExport.Settings> settings() {
        int w;
        int h;
        try {
            w = Integer.parseInt(width.getText().strip());
            h = Integer.parseInt(height.getText().strip());
        } catch (NumberFormatException e) {
            w = -1;
            h = -1;
        }
        FigureExport.Format f = format.getValue();
        if (f.figure() && (w < MIN_SIZE || w > MAX_SIZE || h < MIN_SIZE || h > MAX_SIZE)) {
            problem.setText(state.messages().get("export.badSize", String.valueOf(MIN_SIZE), String.valueOf(MAX_SIZE)));
            return Optional.empty();
        }
        // Sizes here are image pixels (the scale shrinks the drawing), so the budget is w x h.
        if (f == FigureExport.Format.PNG && !PixelBudget.fits(w, h, 1)) {
            long[] fits = PixelBudget.largestFitting(w, h);
            problem.setText(state.messages().get("export.tooManyPixels", String.valueOf(w), String.valueOf(h),
                    String.valueOf(PixelBudget.MAX_SIDE), String.valueOf(PixelBudget.maxMegapixels()),
                    String.valueOf(fits[0]), String.valueOf(fits[1])));
            return Optional.empty();
        }
        problem.setText("");
        return Optional.of(new FigureExport.Settings(f, w, h, scale.getValue(), title.getText(),
                captionOn.isSelected() ? caption.getText() : ""));
    }

    /**
     * Asks for the file, renders on the FX thread and hands the encoding and writing to the
     * background with a progress dialog; false keeps this dialog open (cancelled or failed).
     */
    private boolean exportTo(FigureExport.Settings s) {
        var m = state.messages();
        Optional<Path> file = files.save(owner, m.get("export.chooser.title"), export.fileName(s.format()),
                m.get(s.format().key()), "*." + s.format().extension());
        if (file.isEmpty()) {
            return false;
        }
        Path target = withExtension(file.get(), s.format().extension());
        if (!writes.mayWrite(owner, target)) {
            return false;
        }
        ExportWriter.Content content;
        try {
            content = export.render(s);
        } catch (java.io.IOException | RuntimeException e) {
            writes.failed(owner, target, e);
            return false;
        }
        progress = ExportProgress.writing(owner, state, writes, target, content, work, () -> written = target);
        // Once this dialog has closed, so the progress comes up in front of the window.
        ExportProgress<Path> started = progress;
        javafx.application.Platform.runLater(() -> started.start(work.executor()));
        return true;
    }

    private void sizeChosen(int[] s) {
        boolean custom = s == null;
        if (!custom) {
            width.setText(Integer.toString(s[0]));
            height.setText(Integer.toString(s[1]));
        }
        boolean figure = format.getValue() != null && format.getValue().figure();
        width.setDisable(!custom || !figure);
        height.setDisable(!custom || !figure);
    }

    private Label label(String key) {
        return new Label(state.messages().get(key));
    }

    /** Adds the extension when the chooser returned a name without it. */
    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(name + "." + ext);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
