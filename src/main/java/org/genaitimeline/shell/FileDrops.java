package org.genaitimeline.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto the window do what their menu item does: a catalog opens (File > Open
 * catalog), an Epoch AI CSV is imported (Import Epoch AI CSV), a saved view or deck opens
 * (File > Open view). Catalogs and views are both JSON; a peek at the top-level fields tells
 * them apart.
 */
final class FileDrops {

    /** What a dropped file is taken for. */
    enum Kind { CATALOG, EPOCH_CSV, VIEW }

    /** What each kind does. */
    record Handlers(Consumer<Path> catalog, Consumer<Path> epochCsv, Consumer<Path> view) {
    }

    private FileDrops() {
    }

    /** Accepts file drags over {@code target} and hands the first file it knows to its handler. */
    static void install(Node target, Handlers handlers) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && first(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = e.getDragboard().hasFiles() ? first(e.getDragboard().getFiles()) : Optional.empty();
            // After the drop has finished: a handler may open a dialog, which must not nest in the drag.
            file.ifPresent(p -> javafx.application.Platform.runLater(() -> {
                switch (kindOf(p).orElseThrow()) {
                    case CATALOG -> handlers.catalog().accept(p);
                    case EPOCH_CSV -> handlers.epochCsv().accept(p);
                    case VIEW -> handlers.view().accept(p);
                }
            }));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    private static Optional<Path> first(List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).filter(p -> kindOf(p).isPresent()).findFirst();
    }

    /**
     * A {@code .csv} is an Epoch export; a {@code .json} is a view when its top level has a
     * view's fields ({@code tab}, {@code deck}, {@code filters}...) and no {@code models}, else
     * a catalog (whose loader then says, with line and column, what is wrong with it).
     */
    static Optional<Kind> kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(Kind.EPOCH_CSV);
        }
        if (!name.endsWith(".json")) {
            return Optional.empty();
        }
        return Optional.of(looksLikeView(file) ? Kind.VIEW : Kind.CATALOG);
    }

    private static boolean looksLikeView(Path file) {
        try {
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isObject() || root.has("models")) {
                return false;
            }
            return root.has("deck") || root.has("tab") || root.has("filters") || root.has("timeline")
                    || root.has("growth") || root.has("table") || root.has("selection");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
