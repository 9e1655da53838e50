package org.genaitimeline.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One file the current catalog was built from, in the order it was applied: the catalog the
 * user opened instead of the bundled one, a catalog added to it, or an Epoch AI export
 * imported into it. The app remembers the list and replays it at start-up.
 *
 * @param kind how the file was used
 * @param file where it is
 */
public record RememberedCatalog(Kind kind, Path file) {

    /** How a file was used. */
    public enum Kind {
        /** File > Open catalog: replaces the bundled catalog (always first in the list). */
        OPEN,
        /** File > Add catalog: merged by id. */
        ADD,
        /** File > Import Epoch AI CSV. */
        EPOCH
    }

    public RememberedCatalog {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
    }

    /** One entry a line, {@code KIND|path}; paths may hold anything but a line break. */
    public static String encode(List<RememberedCatalog> entries) {
        StringBuilder s = new StringBuilder();
        for (RememberedCatalog e : entries) {
            s.append(e.kind().name()).append('|').append(e.file()).append('\n');
        }
        return s.toString();
    }

    /** Reads what {@link #encode} wrote; a damaged line is dropped, never fatal. */
    public static List<RememberedCatalog> decode(String text) {
        List<RememberedCatalog> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int bar = line.indexOf('|');
            if (bar <= 0 || bar == line.length() - 1) {
                continue;
            }
            try {
                Kind kind = Kind.valueOf(line.substring(0, bar));
                // An OPEN entry anywhere but first would discard what came before it: keep it only first.
                if (kind == Kind.OPEN && !out.isEmpty()) {
                    continue;
                }
                out.add(new RememberedCatalog(kind, Path.of(line.substring(bar + 1))));
            } catch (IllegalArgumentException corrupt) { // also InvalidPathException
                // skipped: a damaged preference must not stop the app
            }
        }
        return List.copyOf(out);
    }
}
