package org.genaitimeline.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * File > Open recent: the catalogs and views opened last, newest first, each file once, at
 * most {@link #CAP}. Pure (paths in, paths out), so the rules have plain tests; the menu and
 * the preferences sit on top.
 */
public final class RecentFiles {

    /** How many files the menu keeps. */
    public static final int CAP = 10;

    /** What a file was opened as, which decides what choosing it again does. */
    public enum Kind { CATALOG, VIEW }

    /** One file of the list. */
    public record Entry(Kind kind, Path path) {
    }

    /** An entry and whether its file is still there. */
    public record Shown(Entry entry, boolean present) {
    }

    private RecentFiles() {
    }

    /** The list with a file just opened put first; the same file seen before moves up, whatever its kind. */
    public static List<Entry> opened(List<Entry> list, Entry entry) {
        Entry normal = new Entry(entry.kind(), entry.path().toAbsolutePath().normalize());
        List<Entry> next = new ArrayList<>();
        next.add(normal);
        for (Entry e : list) {
            if (!e.path().toAbsolutePath().normalize().equals(normal.path()) && next.size() < CAP) {
                next.add(e);
            }
        }
        return List.copyOf(next);
    }

    /** Each entry with whether its file exists now, for the menu to grey out the missing. */
    public static List<Shown> shown(List<Entry> list, Predicate<Path> exists) {
        return list.stream().map(e -> new Shown(e, exists.test(e.path()))).toList();
    }

    /** The list without the files that are gone. */
    public static List<Entry> withoutMissing(List<Entry> list, Predicate<Path> exists) {
        return list.stream().filter(e -> exists.test(e.path())).toList();
    }

    /** One entry a line, {@code catalog<TAB>path}. */
    public static String encode(List<Entry> list) {
        StringBuilder s = new StringBuilder();
        list.forEach(e -> s.append(e.kind().name().toLowerCase(Locale.ROOT)).append('\t').append(e.path())
                .append('\n'));
        return s.toString();
    }

    /** Reads {@link #encode}; a line it cannot read is dropped, and at most {@link #CAP} are kept. */
    public static List<Entry> decode(String text) {
        List<Entry> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || list.size() >= CAP) {
                continue;
            }
            try {
                Kind kind = Kind.valueOf(line.substring(0, tab).toUpperCase(Locale.ROOT));
                list.add(new Entry(kind, Path.of(line.substring(tab + 1))));
            } catch (IllegalArgumentException corrupt) { // an unknown kind or a path this system cannot hold
                // a damaged line costs that entry only
            }
        }
        return List.copyOf(list);
    }
}
