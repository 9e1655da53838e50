package org.genaitimeline.catalog;

import java.util.List;

/**
 * What the model reader could make of one entry, kept with the positions of the values the
 * cross-record checks cite (and nothing else of the entry: a catalog is read one entry at a
 * time, and the drafts of 300,000 entries must not hold their trees). Kept even when the
 * entry has problems, so that a duplicate id or a broken lineage is still found in a model
 * whose summary is also missing.
 *
 * @param index the entry's place in {@code models}
 * @param id the id if it could be read, else null
 * @param idPlace where the id's value is, when there is an id ({@link #place}; 0 when not)
 * @param date the date if valid, else null
 * @param datePlace where the date's value is, when there is a date
 * @param era the era id if it is a string, else null
 * @param eraPlace where the era's value is, when there is an era
 * @param hasEraNote whether the entry explains why its era does not contain its date
 * @param buildsOn the lineage ids, each with its position
 * @param tables the book tables it is in
 * @param tableRow the book.tableRow value, or null
 * @param model the record, or null when the entry has problems of its own
 */
record ModelDraft(
        int index,
        String id,
        long idPlace,
        PartialDate date,
        long datePlace,
        String era,
        long eraPlace,
        boolean hasEraNote,
        List<Link> buildsOn,
        List<BookTable> tables,
        Located tableRow,
        Model model) {

    /** Where a value starts: a line and column, without the value. */
    record At(int line, int column) {
        /** {@code line:column}, as messages cite another place in the same file. */
        String position() {
            return line + ":" + column;
        }
    }

    /** A value's line and column in one long, as a draft keeps them (0 for no value): 300,000 drafts, no objects. */
    static long place(Located v) {
        return v == null ? 0 : (long) v.line() << 32 | v.column() & 0xffffffffL;
    }

    private static At at(long place) {
        return place == 0 ? null : new At((int) (place >>> 32), (int) place);
    }

    /** Where the id's value is, when there is an id. */
    At idAt() {
        return at(idPlace);
    }

    /** Where the date's value is, when there is a date. */
    At dateAt() {
        return at(datePlace);
    }

    /** Where the era's value is, when there is an era. */
    At eraAt() {
        return at(eraPlace);
    }

    /** A buildsOn id with where it stands in the array (items that are not ids were dropped). */
    record Link(Located target, int index) {
        String id() {
            return target.text();
        }
    }

    /** The entry's JSON path ({@code models[3]}), spelled out only for a message. */
    String path() {
        return "models[" + index + "]";
    }
}
