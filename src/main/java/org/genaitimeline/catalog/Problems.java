package org.genaitimeline.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file. Readers report and carry on, so that one pass over a
 * file finds everything wrong with it instead of stopping at the first mistake.
 */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private int errors;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A problem with a value: located at the value's first character. */
    void at(Located where, String path, CatalogText message) {
        at(where.line(), where.column(), path, message);
    }

    /** A problem with a value whose place was kept without the value. */
    void at(ModelDraft.At where, String path, CatalogText message) {
        at(where.line(), where.column(), path, message);
    }

    void at(int line, int column, String path, CatalogText message) {
        list.add(new Problem(file, line, column, path, message));
        errors++;
    }

    /** Something worth a look that does not stop the catalog from loading. */
    void warn(Located where, String path, CatalogText message) {
        list.add(new Problem(file, where.line(), where.column(), path, message, true));
    }

    /** Whether any problem is an error, which keeps the catalog from loading. */
    boolean hasErrors() {
        return errors > 0;
    }

    /** A problem with the file as a whole (unreadable, too large, not UTF-8). */
    void file(CatalogText message) {
        list.add(new Problem(file, 0, 0, "", message));
        errors++;
    }

    /** Adds another collection's problems after these (the entries' after the file's own). */
    void addAll(Problems other) {
        list.addAll(other.list);
        errors += other.errors;
    }

    /** How many errors so far (warnings are not counted: a reader compares counts to see whether a value failed). */
    int count() {
        return errors;
    }

    /** In file order (whole-file problems first), so a reader can go down the file. */
    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }
}
