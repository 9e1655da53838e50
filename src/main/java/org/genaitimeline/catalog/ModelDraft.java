package org.genaitimeline.catalog;

import java.util.List;

/**
 * What the model reader could make of one entry, kept with the positions of the values the
 * cross-record checks cite. Kept even when the entry has problems, so that a duplicate id or
 * a broken lineage is still found in a model whose summary is also missing.
 *
 * @param path the entry's JSON path ({@code models[3]})
 * @param node the entry
 * @param id the id if it could be read, else null
 * @param date the date if valid, else null
 * @param hasEraNote whether the entry explains why its era does not contain its date
 * @param buildsOn the lineage ids, each with its position
 * @param tables the book tables it is in
 * @param tableRow the book.tableRow value, or null
 * @param model the record, or null when the entry has problems of its own
 */
record ModelDraft(
        String path,
        Located node,
        String id,
        PartialDate date,
        String era,
        boolean hasEraNote,
        List<Located> buildsOn,
        List<BookTable> tables,
        Located tableRow,
        Model model) {

    Located field(String name) {
        return node.get(name);
    }
}
