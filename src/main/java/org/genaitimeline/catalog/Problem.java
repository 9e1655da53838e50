package org.genaitimeline.catalog;

/**
 * One thing wrong with a catalog file, located so an editor can jump to it.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param path the JSON path of the field ({@code models[3].date}), empty for the file itself
 * @param message what is wrong, and in brackets what would be right
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code FILE:LINE:COLUMN: path.to.field: what is wrong (what is allowed)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
