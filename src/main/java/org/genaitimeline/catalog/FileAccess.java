package org.genaitimeline.catalog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a file cannot be read or written, in words a person can act on. Every reader of user
 * files (catalogs, Epoch CSVs, views) asks {@link #refuseReading} before it opens anything:
 * a pipe or a device opened as a file blocks forever or never ends ({@code /dev/zero}), so
 * only regular files are read. Exceptions become {@link #reason} text without Java class names.
 */
public final class FileAccess {

    /** Why a path is not read, each with its words in {@code problems.properties}. */
    public enum Refusal {
        NOT_FOUND("file.refusal.notFound"),
        FOLDER("file.refusal.folder"),
        NOT_REGULAR("file.refusal.notRegular"),
        NO_PERMISSION("file.refusal.noPermission"),
        READ_ONLY("file.refusal.readOnly"),
        NO_FOLDER("file.refusal.noFolder"),
        FOLDER_NOT_WRITABLE("file.refusal.folderNotWritable");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        /** The refusal's words, in no language yet. */
        public CatalogText text() {
            return CatalogText.of(key);
        }
    }

    private FileAccess() {
    }

    /** Why the path is not read, or empty when it is a regular file this process may read. */
    public static Optional<Refusal> refuseReading(Path path) {
        if (Files.isDirectory(path)) {
            return Optional.of(Refusal.FOLDER);
        }
        if (!Files.exists(path)) {
            return Optional.of(Refusal.NOT_FOUND);
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of(Refusal.NOT_REGULAR);
        }
        if (!Files.isReadable(path)) {
            return Optional.of(Refusal.NO_PERMISSION);
        }
        return Optional.empty();
    }

    /**
     * Why a file is not written there, or empty when it may be: the folder must exist and be
     * writable, and a file already there must be a regular file the user may write (a
     * read-only file is left alone rather than replaced behind its owner's back).
     */
    public static Optional<Refusal> refuseWriting(Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return Optional.of(Refusal.FOLDER);
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.of(Refusal.NO_FOLDER);
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            return Optional.of(Refusal.NOT_REGULAR);
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            return Optional.of(Refusal.READ_ONLY);
        }
        if (!Files.isWritable(dir)) {
            return Optional.of(Refusal.FOLDER_NOT_WRITABLE);
        }
        return Optional.empty();
    }

    /**
     * What went wrong in an I/O call, without the exception's class name: the refusal it
     * amounts to where there is one, else the operating system's own reason.
     */
    public static CatalogText reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Refusal.NOT_FOUND.text();
        }
        if (e instanceof AccessDeniedException) {
            return Refusal.NO_PERMISSION.text();
        }
        if (e instanceof NotDirectoryException) {
            return Refusal.NO_FOLDER.text();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return CatalogText.verbatim(f.getReason());
        }
        return CatalogText.verbatim(e.getMessage() == null ? "input/output error" : e.getMessage());
    }
}
