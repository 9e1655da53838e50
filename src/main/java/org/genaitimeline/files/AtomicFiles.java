package org.genaitimeline.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that they are never half-written: to a temporary file in the target
 * folder, then moved into place. A failed write leaves the old file as it was.
 */
public final class AtomicFiles {

    /** What a new file gets when the folder cannot tell us (the usual umask 022). */
    static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
            givePermissions(tmp, target, dir);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Older than this, a temporary file of ours is left over from a killed run, not in use. */
    static final Duration STALE = Duration.ofMinutes(10);

    /**
     * A run killed between creating its temporary file and moving it (SIGKILL, a power cut)
     * leaves {@code .NAME<digits>.tmp} behind; the next write of the same file removes those
     * old enough not to belong to a write still under way.
     */
    static void removeStaleTemporaries(Path dir, String name) {
        String prefix = "." + name;
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, p -> isOurTemporary(p, prefix))) {
            for (Path p : found) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Cleaning is a courtesy; the write itself must not fail for it.
        }
    }

    private static boolean isOurTemporary(Path p, String prefix) {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.endsWith(".tmp")
                && n.substring(prefix.length(), n.length() - ".tmp".length()).chars().allMatch(Character::isDigit)
                && n.length() > prefix.length() + ".tmp".length();
    }

    /**
     * createTempFile makes the temporary file rw------- (it is meant to be private), and the
     * move carries that mode to the target: every export would become unreadable to others
     * and an existing file would lose its mode. So the temporary file takes the target's
     * mode, or the mode a plain new file gets in that folder.
     */
    private static void givePermissions(Path tmp, Path target, Path dir) {
        try {
            if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return; // e.g. Windows: the file inherits the folder's ACL anyway
            }
            Set<PosixFilePermission> mode = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : newFilePermissions(dir);
            Files.setPosixFilePermissions(tmp, mode);
        } catch (IOException | UnsupportedOperationException e) {
            // The mode is a courtesy: a file with the private mode beats no file at all.
        }
    }

    /**
     * Java cannot read the umask, so a probe file is created (rw-rw-rw- less the umask, as
     * for any plain new file) and its mode read back.
     */
    private static Set<PosixFilePermission> newFilePermissions(Path dir) {
        Path probe = dir.resolve(".permissions-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".probe");
        try {
            Files.createFile(probe);
            return Files.getPosixFilePermissions(probe);
        } catch (IOException | UnsupportedOperationException e) {
            return DEFAULT_PERMISSIONS;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // a leftover empty hidden file is harmless
            }
        }
    }
}
