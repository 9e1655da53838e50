package org.genaitimeline.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a model's record came from: the bundled book catalog, an Epoch AI import, or a
 * catalog file the user opened. Shown in the detail pane and carried into exports.
 *
 * @param origin which kind of source
 * @param file the file name it was read from
 * @param line the line (JSON) or row (CSV) it starts at, 0 when not known
 * @param familyInference how the family was inferred, when the source did not state it
 */
public record Provenance(Origin origin, String file, int line, Optional<FamilyInference> familyInference) {

    /** The kinds of source, also a filter facet. */
    public enum Origin {
        BOOK("book"),
        EPOCH("epoch"),
        USER("user");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static final Provenance BUNDLED = new Provenance(Origin.BOOK, "models.json", 0);

    public Provenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(familyInference, "familyInference");
    }

    /** A source that states the family itself (the book, a catalog file). */
    public Provenance(Origin origin, String file, int line) {
        this(origin, file, line, Optional.empty());
    }
}
