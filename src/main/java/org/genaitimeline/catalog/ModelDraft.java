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
 * @param idAt where the id's value is, when there is an id
 * @param date the date if valid, else null
 * @param dateAt where the date's value is, when there is a date
 * @param era the era id if it is a string, else null
 * @param eraAt where the era's value is, when there is an era
 * @param hasEraNote whether the entry explains why its era does not contain its date
 * @param buildsOn the lineage ids, each with its position
 * @param tables the book tables it is in
 * @param tableRow the book.tableRow value, or null
 * @param model the record, or null when the entry has problems of its own
 */
record ModelDraft(
        int index,
        String id,
        At idAt,
        PartialDate date,
        At dateAt,
        String era,
        At eraAt,
        boolean hasEraNote,
        List<Link> buildsOn,
        List<BookTable> tables,
        Located tableRow,
        Model model) {

    /** Where a value starts: a line and column, without the value (16 bytes where a located value takes 40). */
    record At(int line, int column) {
        static At of(Located v) {
            return v == null ? null : new At(v.line(), v.column());
        }

        /** {@code line:column}, as messages cite another place in the same file. */
        String position() {
            return line + ":" + column;
        }
    }

    /** The same entry without its record, for a check that wants no catalog ({@code --validate}). */
    ModelDraft withoutModel() {
        return new ModelDraft(index, id, idAt, date, dateAt, era, eraAt, hasEraNote, buildsOn, tables, tableRow, null);
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
