package org.genaitimeline.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
