package org.genaitimeline.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a catalog file in one pass with memory for one model at a time: each entry of
 * {@code models} is read into a located tree of its own, checked by {@link ModelReader} and
 * kept only as its {@link ModelDraft} (the record, and the positions the cross-checks cite).
 * The top level comes back as a shell (its {@code models} array empty) for the checks of the
 * file's shape. The entries' own problems are kept apart: when the file turns out to be
 * broken further on, only the syntax problem counts, as when the whole file was read first.
 */
final class ModelStream {

    /**
     * What one read gave.
     *
     * @param root the top level without the models' items, or null when the file is not (acceptable) JSON
     * @param drafts the entries, in file order (none for a schemaVersion this app does not read)
     * @param entries the entries' own problems, to be added after those of the top level
     * @param records whether the drafts keep their models' records (not for {@code --validate})
     */
    record Read(Located root, List<ModelDraft> drafts, Problems entries, boolean records) {
    }

    /** A file's bytes, checked as UTF-8, to be read as text (once for the version, once in full). */
    record Input(Utf8Text.Source source, Utf8Text.Checked checked) {
        Reader reader() throws IOException {
            return Utf8Text.reader(source, checked);
        }
    }

    private ModelStream() {
    }

    /**
     * Reads a catalog file's bytes; {@code problems} gets those of the bytes, the syntax and
     * the limits. Without {@code records} each model is checked and let go, and the drafts
     * keep only what the cross-checks need.
     */
    static Read read(JsonTreeReader json, Input input, Problems problems, Provenance.Origin origin, String fileName,
            boolean records) {
        Problems entries = new Problems(problems.file());
        if (input == null) {
            return new Read(null, List.of(), entries, records);
        }
        int version;
        try (Reader text = input.reader()) {
            version = version(json.version(text));
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", FileAccess.reason(e)));
            return new Read(null, List.of(), entries, records);
        }
        ModelReader reader = new ModelReader(origin, fileName, version, records);
        List<ModelDraft> drafts = new ArrayList<>();
        Reader text;
        try {
            text = input.reader();
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", FileAccess.reason(e)));
            return new Read(null, List.of(), entries, records);
        }
        Located root = json.stream(text, problems, "models", (index, item) -> {
            // A version this app does not know is one problem, not one per field it cannot read.
            if (version > 0) {
                drafts.add(reader.read(item, index, entries));
            }
        });
        return root == null ? new Read(null, List.of(), new Problems(problems.file()), records)
                : new Read(root, drafts, entries, records);
    }

    /** A file read for its top level alone (an eras file): a {@code models} array in it is only checked. */
    static Located shape(JsonTreeReader json, Input input, Problems problems) {
        if (input == null) {
            return null;
        }
        try {
            return json.stream(input.reader(), problems, "models", null);
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", FileAccess.reason(e)));
            return null;
        }
    }

    /**
     * The models file's schemaVersion: 2 (the figures' own objects) or 1 (inFigure and
     * book.figureParameters, still read); 0 for a version this app does not read (reported
     * with the top level). A missing or mistyped version, also reported, is read as the newest.
     */
    private static int version(String text) {
        if (text == null) {
            return ModelReader.VERSION;
        }
        return switch (text) {
            case "1" -> 1;
            case "2" -> ModelReader.VERSION;
            default -> 0;
        };
    }
}
