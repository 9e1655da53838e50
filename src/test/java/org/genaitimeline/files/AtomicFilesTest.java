package org.genaitimeline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePosixModesExist() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    }

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, "one".getBytes());
        AtomicFiles.write(target, "two".getBytes());
        assertThat(Files.readString(target)).isEqualTo("two");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileGetsTheModeOfAPlainNewFileNotThePrivateTempMode() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assumeTrue(expected.contains(PosixFilePermission.GROUP_READ), "a umask that lets the group read");

        Path target = dir.resolve("figure.png");
        AtomicFiles.write(target, new byte[] {1, 2, 3});

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected)
                .contains(PosixFilePermission.GROUP_READ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-rw-r--"})
    void anExistingFileKeepsItsMode(String mode) throws IOException {
        Path target = Files.writeString(dir.resolve("view.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));

        AtomicFiles.write(target, "new".getBytes());

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(mode);
    }
}
