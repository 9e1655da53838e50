package org.genaitimeline.importer;

import java.util.List;

/**
 * What {@link EpochCsvReader} read from a file: the rows that parsed and the rows it skipped.
 *
 * @param header the file's column names as written
 * @param rows the rows that parsed, in file order
 * @param skipped one problem per skipped row, in file order
 */
public record EpochTable(List<String> header, List<EpochRow> rows, List<ImportProblem> skipped) {
    public EpochTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    /** Every data record of the file, parsed or skipped. */
    public int records() {
        return rows.size() + skipped.size();
    }
}
