package org.genaitimeline.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a shared library can be found the way the dynamic loader would look: the paths the
 * loader's cache ({@code /etc/ld.so.cache}) lists for it, the folders of LD_LIBRARY_PATH and
 * the usual library folders. Found means a regular, non-empty file, so a library that was
 * removed but is still named in a stale cache counts as missing.
 */
public final class LibraryLookup {

    /** The library JavaFX's Linux window toolkit loads. */
    public static final String GTK3 = "libgtk-3.so.0";
    static final List<String> USUAL_FOLDERS = List.of("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    private final Path loaderCache;
    private final String libraryPath;

    public LibraryLookup(Path loaderCache, String libraryPath) {
        this.loaderCache = loaderCache;
        this.libraryPath = libraryPath;
    }

    /** This process's loader cache and LD_LIBRARY_PATH. */
    public static LibraryLookup current() {
        return new LibraryLookup(Path.of("/etc/ld.so.cache"), System.getenv("LD_LIBRARY_PATH"));
    }

    public boolean installed(String library) {
        return candidates(library).stream().anyMatch(LibraryLookup::usable);
    }

    /** Where the loader would look for the library, cache entries first. */
    List<Path> candidates(String library) {
        Set<Path> paths = new LinkedHashSet<>(fromCache(library));
        List<String> folders = new ArrayList<>();
        if (libraryPath != null) {
            folders.addAll(List.of(libraryPath.split(":")));
        }
        folders.addAll(USUAL_FOLDERS);
        folders.stream().filter(f -> !f.isBlank()).forEach(f -> paths.add(Path.of(f, library)));
        return List.copyOf(paths);
    }

    /** The cache is binary, but it keeps each library's path as a NUL-terminated string. */
    private List<Path> fromCache(String library) {
        try {
            String text = new String(Files.readAllBytes(loaderCache), StandardCharsets.ISO_8859_1);
            List<Path> found = new ArrayList<>();
            for (String s : text.split("\0")) {
                if (s.startsWith("/") && s.endsWith("/" + library)) {
                    found.add(Path.of(s));
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean usable(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
